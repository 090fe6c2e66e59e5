import { HonorariaError } from '@honoraria/core';
import { invalidStorageInput } from '@honoraria/core/storage';
import { commitFunctionSql } from './sql-commit';
import type { SqlDriver, SqlQueryable } from './sql-driver';
import { typed } from './sql-errors';
import type { SqlTables } from './sql-schema';

/** One schema change, applied once and recorded in `schema_migrations`. */
export interface SqlMigration {
  readonly version: number;
  readonly name: string;
  readonly statements: (t: SqlTables) => readonly string[];
}

/**
 * The schema, as versioned migrations. Never edit a published migration: add the next one.
 * Only PostgreSQL 14 features are used, so PGlite, PostgreSQL 14+ and Postgres-compatible
 * engines all run them.
 */
export const SQL_MIGRATIONS: readonly SqlMigration[] = [
  {
    version: 1,
    name: 'records, audit events, blobs, idempotency keys',
    statements: (t) => [
      // Text that is sorted or compared uses COLLATE "C": code point order, whatever the locale.
      `CREATE TABLE ${t.records} (
        collection  text COLLATE "C" NOT NULL,
        id          text COLLATE "C" NOT NULL,
        version     integer NOT NULL CHECK (version > 0),
        data        jsonb NOT NULL,
        partner_id  text COLLATE "C",
        status      text COLLATE "C",
        assignee_id text COLLATE "C",
        parent_id   text COLLATE "C",
        due_at      timestamptz,
        sort_key    text COLLATE "C" NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collection, id)
      )`,
      `CREATE INDEX records_by_sort ON ${t.records} (collection, sort_key, id)`,
      `CREATE INDEX records_by_partner ON ${t.records} (collection, partner_id, sort_key, id)`,
      `CREATE INDEX records_by_status ON ${t.records} (collection, status, sort_key, id)`,
      `CREATE INDEX records_by_parent ON ${t.records} (collection, parent_id, sort_key, id)`,
      // The approver inbox: assigned to someone, in some states, oldest first.
      `CREATE INDEX records_inbox ON ${t.records} (collection, assignee_id, status, sort_key, id)`,
      `CREATE INDEX records_by_due ON ${t.records} (collection, due_at) WHERE due_at IS NOT NULL`,
      `CREATE TABLE ${t.audit} (
        position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id           text COLLATE "C" NOT NULL UNIQUE,
        subject_type text NOT NULL,
        subject_id   text COLLATE "C" NOT NULL,
        seq          integer NOT NULL CHECK (seq > 0),
        at           text NOT NULL,
        action       text NOT NULL,
        actor_id     text NOT NULL,
        event        jsonb NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject_id, seq)
      )`,
      `CREATE INDEX audit_events_by_subject ON ${t.audit} (subject_id, position)`,
      // Append-only, enforced by the database: no UPDATE, no DELETE.
      `CREATE FUNCTION "${t.schema}".audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
        END
      $$`,
      `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON ${t.audit}
        FOR EACH ROW EXECUTE FUNCTION "${t.schema}".audit_events_append_only()`,
      `CREATE TABLE ${t.blobs} (
        id           text COLLATE "C" PRIMARY KEY,
        content_type text NOT NULL,
        size         integer NOT NULL CHECK (size >= 0),
        bytes        bytea NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`,
      // Documents are mostly PDFs, already compressed: store them out of line, uncompressed.
      `ALTER TABLE ${t.blobs} ALTER COLUMN bytes SET STORAGE EXTERNAL`,
      `CREATE TABLE ${t.idempotency} (
        key         text COLLATE "C" PRIMARY KEY,
        fingerprint text NOT NULL,
        result      jsonb NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`,
    ],
  },
  {
    version: 2,
    name: 'commit_writes: the writes of a transaction in one statement',
    statements: (t) => [commitFunctionSql(t)],
  },
];

/** What {@link migrate} did. */
export interface MigrationReport {
  /** Versions applied by this call, in order (empty when the schema was up to date). */
  readonly applied: readonly number[];
  /** The schema's version now. */
  readonly version: number;
}

/** Options of {@link migrate} (and of `SqlStorage.migrate`). */
export interface MigrateOptions {
  /**
   * The PostgreSQL role the application connects as, when it is not the role running the
   * migrations (least privilege, see docs/adapters/sql.md). After the migrations, this role is
   * granted exactly what the storage needs: `USAGE` on the schema; `SELECT, INSERT, UPDATE,
   * DELETE` on records, blobs and idempotency keys; `SELECT, INSERT` only on the audit events
   * (never `UPDATE`, `DELETE` or `TRUNCATE`); `SELECT` on the migration table. Granted again on
   * every call, so tables added by later migrations are covered. The role must exist.
   */
  readonly applicationRole?: string;
}

const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;

/** The grants of {@link MigrateOptions.applicationRole}: idempotent statements. */
export function applicationGrants(t: SqlTables, role: string): readonly string[] {
  const r = `"${role}"`;
  return [
    `GRANT USAGE ON SCHEMA "${t.schema}" TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ${t.records}, ${t.blobs}, ${t.idempotency} TO ${r}`,
    // The audit log is append-only for the application: no UPDATE, DELETE or TRUNCATE to grant,
    // and a role that does not own the table cannot disable its trigger.
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${t.audit} FROM ${r}`,
    `GRANT SELECT, INSERT ON ${t.audit} TO ${r}`,
    // A transaction takes its audit events' positions from the position sequence (nextval) before commit.
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA "${t.schema}" TO ${r}`,
    `GRANT SELECT ON ${t.migrations} TO ${r}`,
  ];
}

async function appliedVersions(db: SqlQueryable, t: SqlTables): Promise<Set<number> | null> {
  const { rows: found } = await db.query<{ table: string | null }>('SELECT to_regclass($1)::text AS table', [t.migrations]);
  if (found[0]?.table == null) return null;
  const { rows } = await db.query<{ version: number }>(`SELECT version FROM ${t.migrations} ORDER BY version`);
  return new Set(rows.map((r) => Number(r.version)));
}

/**
 * Brings a schema up to the latest migration, in one transaction. Safe to run at every start
 * and from several processes at once: a transaction-level advisory lock serializes them, and
 * versions already recorded are skipped. An up-to-date schema gets no DDL at all, so an
 * application role without `CREATE` may call it too. A schema newer than this code is refused.
 */
export async function migrate(driver: SqlDriver, t: SqlTables, options: MigrateOptions = {}, migrations: readonly SqlMigration[] = SQL_MIGRATIONS): Promise<MigrationReport> {
  const role = options.applicationRole;
  if (role !== undefined && (typeof role !== 'string' || !ROLE.test(role))) throw invalidStorageInput(['applicationRole'], 'invalid_choice');
  return typed(() =>
    driver.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`honoraria:migrate:${t.schema}`]);
      const latest = Math.max(0, ...migrations.map((m) => m.version));
      let done = await appliedVersions(db, t);
      if (done === null || migrations.some((m) => !done!.has(m.version))) {
        await db.query(`CREATE SCHEMA IF NOT EXISTS "${t.schema}"`);
        await db.query(`CREATE TABLE IF NOT EXISTS ${t.migrations} (
          version    integer PRIMARY KEY,
          name       text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
        done ??= new Set();
      }
      const newest = Math.max(0, ...done);
      if (newest > latest) {
        throw new HonorariaError('storage_failure', {
          message: {
            fr: `Le schéma « ${t.schema} » est à la version ${newest}, plus récente que ce logiciel (${latest}) : mettez à jour @honoraria/adapters.`,
            en: `Schema "${t.schema}" is at version ${newest}, newer than this software (${latest}): upgrade @honoraria/adapters.`,
          },
          details: { reason: 'schema_too_new', version: newest, supported: latest },
        });
      }
      const applied: number[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(migration.version)) continue;
        for (const statement of migration.statements(t)) await db.query(statement);
        await db.query(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
        applied.push(migration.version);
      }
      if (role !== undefined) for (const statement of applicationGrants(t, role)) await db.query(statement);
      return { applied, version: Math.max(newest, ...applied) };
    }),
  );
}
