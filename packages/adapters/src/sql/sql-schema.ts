import { invalidStorageInput } from '@honoraria/core/storage';

/** The qualified, quoted names of the storage tables in one schema. */
export interface SqlTables {
  readonly schema: string;
  readonly records: string;
  readonly audit: string;
  readonly blobs: string;
  readonly idempotency: string;
  readonly migrations: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name (lower-case letters, digits, `_`, at most 63) and names its tables. */
export function sqlTables(schema: string): SqlTables {
  if (typeof schema !== 'string' || !IDENTIFIER.test(schema)) throw invalidStorageInput(['schema'], 'invalid_choice');
  const q = `"${schema}"`;
  return {
    schema,
    records: `${q}.records`,
    audit: `${q}.audit_events`,
    blobs: `${q}.blobs`,
    idempotency: `${q}.idempotency_keys`,
    migrations: `${q}.schema_migrations`,
  };
}
