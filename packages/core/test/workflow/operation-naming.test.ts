import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../src/workflow/operation';
import { operations } from '../../src/workflow/operations';

// The naming rule of docs/api-conventions.md, checked on every operation of the table.

const table = operations as Readonly<Record<string, Operation>>;

/** The keys of an operation's input object (every input is a `z.object`). */
function inputKeys(op: Operation): string[] {
  const shape = (op.input as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (shape === undefined) throw new TypeError('input is not an object schema');
  return Object.keys(shape);
}

/** What is wrong with one operation, by the rule; empty when it follows it. */
function breaches(name: string, op: Operation): string[] {
  const keys = inputKeys(op);
  const wrong: string[] = [];
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) wrong.push('the name is not camelCase');
  if (op.kind === 'query' && !/^(get|list|export|verify)[A-Z]/.test(name)) wrong.push('a query starts with get, list, export or verify');
  if (name.startsWith('list') && op.target !== 'page') wrong.push('a list… query returns a page');
  if (op.target === 'page' && !name.startsWith('list')) wrong.push('a page query is named list…');
  if (op.entity !== null && !/^[a-z][A-Za-z]*$/.test(op.entity)) wrong.push('the entity is a camelCase name');
  if ((op.target === 'record' || op.target === 'new' || op.target === 'page') && op.entity === null) wrong.push('the operation names its entity');
  if (op.target === 'record') {
    if (!keys.includes('id')) wrong.push('an operation on one record takes `id`');
    if (op.entity !== null && keys.includes(`${op.entity}Id`)) wrong.push(`the record is \`id\`, not \`${op.entity}Id\``);
    if (op.kind === 'command' && !(keys.includes('expectedVersion') && keys.includes('idempotencyKey'))) wrong.push('a command on a record takes `expectedVersion` and `idempotencyKey`');
  }
  if (op.kind === 'command' && op.target !== 'record') {
    if (keys.includes('id') || keys.includes('expectedVersion')) wrong.push('a command creating or batching takes no `id` nor `expectedVersion`');
    if (!keys.includes('idempotencyKey')) wrong.push('every command takes `idempotencyKey`');
  }
  if (op.kind === 'command' && (op.target === 'page' || op.target === 'view')) wrong.push('a command acts on a record, a new record or many');
  if (op.kind === 'query' && (keys.includes('idempotencyKey') || keys.includes('expectedVersion'))) wrong.push('a query takes no `idempotencyKey` nor `expectedVersion`');
  if (op.target === 'page' && !(keys.includes('cursor') && keys.includes('limit'))) wrong.push('a page query takes `cursor` and `limit`');
  for (const key of keys) {
    if (/ID$|_id$|Ids?_/.test(key)) wrong.push(`\`${key}\`: a reference is \`<entity>Id\``);
  }
  return wrong;
}

describe('the naming rule of operations (docs/api-conventions.md)', () => {
  it('every operation of the table follows it', () => {
    const found = Object.entries(table).flatMap(([name, op]) => breaches(name, op).map((b) => `${name}: ${b}`));
    expect(found).toEqual([]);
  });

  it('the check catches an operation that breaks it', () => {
    const mandateCommand = table.approveMandate!;
    const old = { ...mandateCommand, input: (table.createPaymentRequest!.input as unknown as { extend: (s: object) => z.ZodType }).extend({}) };
    expect(breaches('approveMandate', old)).toContain('an operation on one record takes `id`');
    expect(breaches('myFiles', table.getMyFiles!)).toContain('a query starts with get, list, export or verify');
    expect(breaches('listMandates', { ...table.listMandates!, target: 'view' })).toContain('a list… query returns a page');
  });

  it('commands on a record and `get…` queries return the record under its entity name with its version (checked by the types of defineCommand and defineQuery)', () => {
    const onRecord = Object.entries(table).filter(([, op]) => op.target === 'record' || op.target === 'new');
    expect(onRecord.length).toBeGreaterThan(50);
    expect(new Set(onRecord.map(([, op]) => op.entity))).toEqual(new Set(['partner', 'mandate', 'agreement', 'amendment', 'delegation', 'document', 'application', 'parkingPass', 'paymentRequest', 'taxSlip', 'project', 'notification']));
  });
});
