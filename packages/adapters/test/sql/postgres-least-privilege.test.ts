// Least privilege on PostgreSQL: a migration owner creates the tables and grants an application
// role what the storage needs; the storage conformance suite and a workflow then run as the
// application role, which cannot truncate the audit log, disable its trigger, or change or delete
// audit rows.
import { createHonoraria, isHonorariaError, staticDirectory } from '@honoraria/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, ensureTestProject, framework, mandateTerms, staff } from '../../../core/test/workflow/fixtures';
import { createPostgresDriver } from '../../src/sql/postgres/postgres-driver';
import type { SqlDriver } from '../../src/sql/sql-driver';
import { applicationGrants, migrate } from '../../src/sql/sql-migrations';
import { sqlTables } from '../../src/sql/sql-schema';
import { createSqlStorage } from '../../src/sql/sql-storage';
import type { SqlStorage } from '../../src/sql/sql-storage';
import { runStorageConformance } from '../../src/testing/run-storage-conformance';
import { inspectSqlSchema } from '../support/sql-inspector';

const url = process.env['DATABASE_URL'];

describe('application role grants', () => {
  it('grant the audit log SELECT and INSERT only, and everything else what the storage writes', () => {
    const grants = applicationGrants(sqlTables('honoraria'), 'honoraria_app');
    expect(grants).toContain('GRANT SELECT, INSERT ON "honoraria".audit_events TO "honoraria_app"');
    expect(grants).toContain('REVOKE UPDATE, DELETE, TRUNCATE ON "honoraria".audit_events FROM "honoraria_app"');
    expect(grants.filter((g) => g.startsWith('GRANT') && g.includes('audit_events')).join(' ')).not.toMatch(/UPDATE|DELETE|TRUNCATE|ALL/);
  });

  it('refuse a role name that is not a plain identifier, before touching the database', async () => {
    const untouched: SqlDriver = {
      name: 'none',
      query: () => Promise.reject(new Error('no query expected')),
      transaction: () => Promise.reject(new Error('no transaction expected')),
      close: async () => undefined,
    };
    const error = await migrate(untouched, sqlTables('honoraria'), { applicationRole: 'app"; DROP TABLE x; --' }).catch((e: unknown) => e);
    expect(isHonorariaError(error, 'validation_failed')).toBe(true);
  });
});

if (url !== undefined) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const ownerRole = `hon_owner_${suffix}`;
  const appRole = `hon_app_${suffix}`;
  const password = `pw_${Math.random().toString(36).slice(2)}`;
  const as = (role: string) => {
    const u = new URL(url);
    u.username = role;
    u.password = password;
    return u.toString();
  };
  const admin = new pg.Client({ connectionString: url });
  let owner: SqlDriver;
  let app: SqlDriver;
  let n = 0;
  const schemas: string[] = [];

  /** A schema migrated by the owner, with grants for the application role; the storage connects as the application role. */
  async function appStorage(): Promise<SqlStorage> {
    const schema = `lp_${suffix}_${++n}`;
    schemas.push(schema);
    await createSqlStorage({ driver: owner, schema }).migrate({ applicationRole: appRole });
    return createSqlStorage({ driver: app, schema });
  }

  beforeAll(async () => {
    await admin.connect();
    const { rows } = await admin.query<{ db: string }>('SELECT current_database() AS db');
    const db = rows[0]!.db;
    await admin.query(`CREATE ROLE "${ownerRole}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${password}'`);
    await admin.query(`CREATE ROLE "${appRole}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${password}'`);
    await admin.query(`GRANT CONNECT, CREATE ON DATABASE "${db}" TO "${ownerRole}"`);
    await admin.query(`GRANT CONNECT ON DATABASE "${db}" TO "${appRole}"`);
    owner = createPostgresDriver({ connectionString: as(ownerRole), config: { max: 3 } });
    app = createPostgresDriver({ connectionString: as(appRole), config: { max: 6 } });
  });

  afterAll(async () => {
    await owner?.close();
    await app?.close();
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    const { rows } = await admin.query<{ db: string }>('SELECT current_database() AS db');
    await admin.query(`REVOKE ALL ON DATABASE "${rows[0]!.db}" FROM "${ownerRole}", "${appRole}"`);
    await admin.query(`DROP OWNED BY "${ownerRole}", "${appRole}"`);
    await admin.query(`DROP ROLE "${appRole}"`);
    await admin.query(`DROP ROLE "${ownerRole}"`);
    await admin.end();
  });

  // The whole storage conformance suite, connected as the application role.
  runStorageConformance({
    name: 'postgres as the application role',
    create: appStorage,
    inspect: (storage) => inspectSqlSchema(storage.driver, storage.schema),
    dispose: async () => undefined, // the schemas are dropped after the file, by the administrator
    // Sizes, not privileges: the 10 MB blob and 5 MB document run as the owner in postgres-driver.test.ts.
    skip: ['a 10 MB blob holding every byte value round-trips', 'a large document (about 5 MB) round-trips'],
    describe,
    it,
  });

  describe('the application role', () => {
    it('runs a workflow, and its migrate() at start-up needs no DDL', async () => {
      const storage = await appStorage();
      expect(await storage.migrate()).toEqual({ applied: [], version: 2 });
      const service = createHonoraria({ framework, storage, directory: staticDirectory(staff) });
      const file = await service.as(actors.secretariat).registerPartner({
        name: 'Zoé Tremblay',
        email: 'zoe@example.org',
        lang: 'fr',
        roles: ['patient'],
        paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567' } },
      });
      const lead = service.as(actors.lead);
      await ensureTestProject(storage);
      const { mandate } = await lead.createMandate(mandateTerms(file.partner.id) as Parameters<typeof lead.createMandate>[0]);
      await lead.submitMandate({ id: mandate.id });
      await service.as(actors.approver).approveMandate({ id: mandate.id });
      await lead.sendMandate({ id: mandate.id });
      await service.as(actors.partner(file.partner.id)).acceptMandate({ id: mandate.id, acceptAgreement: true });
      const check = await service.as(actors.admin).verifyAuditLog({});
      expect(check).toMatchObject({ valid: true });
      const { rows } = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${storage.schema}".audit_events`);
      expect(rows[0]!.n).toBeGreaterThanOrEqual(5);
    });

    it('cannot truncate the audit log, disable its trigger, or change or delete its rows', async () => {
      const storage = await appStorage();
      await storage.transaction((tx) =>
        tx.appendAudit({
          id: 'evt_1',
          subjectType: 'mandate',
          subjectId: 'mnd_1',
          seq: 1,
          at: '2026-03-02T14:00:00.000Z',
          actor: { id: 'u_lead' },
          action: 'create',
          fromState: null,
          toState: 'draft',
          data: null,
          prevHash: null,
          hash: '0'.repeat(64),
        } as Parameters<typeof tx.appendAudit>[0]),
      );
      const audit = `"${storage.schema}".audit_events`;
      const attempts = {
        truncate: `TRUNCATE ${audit}`,
        disableTrigger: `ALTER TABLE ${audit} DISABLE TRIGGER audit_events_append_only`,
        disableAllTriggers: `ALTER TABLE ${audit} DISABLE TRIGGER ALL`,
        dropTrigger: `DROP TRIGGER audit_events_append_only ON ${audit}`,
        replaceFunction: `CREATE OR REPLACE FUNCTION "${storage.schema}".audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
        replicaMode: `SET session_replication_role = replica`,
        update: `UPDATE ${audit} SET action = 'approve'`,
        delete: `DELETE FROM ${audit}`,
        createTable: `CREATE TABLE "${storage.schema}".shadow (id int)`,
      };
      const outcomes: Record<string, string> = {};
      for (const [name, sql] of Object.entries(attempts)) {
        outcomes[name] = await app.transaction((db) => db.query(sql)).then(
          () => 'allowed',
          (e: { code?: string }) => e.code ?? 'error',
        );
      }
      // 42501 insufficient_privilege; 42809/42501 for "must be owner" (ALTER TABLE, DROP TRIGGER).
      for (const [name, code] of Object.entries(outcomes)) expect(code, name).toMatch(/^42501$|^42809$/);
      const { rows } = await admin.query<{ action: string; n: number }>(`SELECT action, count(*) OVER ()::int AS n FROM ${audit}`);
      expect(rows).toEqual([{ action: 'create', n: 1 }]);
      // Granting itself more is a no-op (PostgreSQL warns "no privileges were granted").
      await app.query(`GRANT UPDATE, DELETE, TRUNCATE ON ${audit} TO "${appRole}"`).catch(() => undefined);
      const { rows: privileges } = await admin.query<{ p: string; has: boolean }>(
        `SELECT p, has_table_privilege($1, $2, p) AS has FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES']) AS p`,
        [appRole, audit],
      );
      expect(Object.fromEntries(privileges.map((r) => [r.p, r.has]))).toEqual({ SELECT: true, INSERT: true, UPDATE: false, DELETE: false, TRUNCATE: false, TRIGGER: false, REFERENCES: false });
      // The trigger itself still refuses the owner (who could disable it: keep its credentials out of the application).
      const byOwner = await owner.query(`UPDATE ${audit} SET action = 'approve'`).catch((e: { code?: string }) => e.code);
      expect(byOwner).toBe('42501');
    });
  });
}
