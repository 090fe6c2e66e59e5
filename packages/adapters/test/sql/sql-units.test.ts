import fc from 'fast-check';
import { isHonorariaError } from '@honoraria/core';
import { normalizeListQuery } from '@honoraria/core/storage';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../src/sql/base64';
import { toStorageError } from '../../src/sql/sql-errors';
import { listQuerySql } from '../../src/sql/sql-list-query';

describe('base64', () => {
  it('round-trips any bytes and matches Node’s encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
        // PostgreSQL's encode() breaks lines every 76 characters.
        expect(fromBase64(text.replace(/(.{76})/g, '$1\n'))).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => fromBase64('ab$c')).toThrow(/Invalid base64/);
  });
});

describe('toStorageError', () => {
  const dbError = (code: string) => Object.assign(new Error('duplicate key value (id)=(secret-value)'), { code });

  it('maps serialization failures, deadlocks and unique violations to conflict', () => {
    for (const code of ['40001', '40P01', '23505']) expect(isHonorariaError(toStorageError(dbError(code)), 'conflict')).toBe(true);
  });

  it('maps a missing table to not_migrated and anything else to storage_failure, without the database message', () => {
    expect(toStorageError(dbError('42P01')).details['reason']).toBe('not_migrated');
    const other = toStorageError(dbError('53300'));
    expect(isHonorariaError(other, 'storage_failure')).toBe(true);
    expect(other.details['sqlState']).toBe('53300');
    expect(JSON.stringify(other)).not.toContain('secret-value');
    expect(other.message).not.toContain('secret-value');
  });
});

describe('listQuerySql', () => {
  it('uses placeholders for every value, IS NULL for empty fields and a keyset condition for the cursor', () => {
    const q = normalizeListQuery({ where: { assigneeId: null, partnerId: "o'brien" }, dueAtOrBefore: '2026-03-01T00:00Z', order: 'desc', limit: 10 });
    const { text, params } = listQuerySql('"h".records', 'payment_requests', { ...q, after: { sortKey: 'k', id: 'x' } }, 11);
    expect(text).toContain('partner_id = $2');
    expect(text).toContain('assignee_id IS NULL');
    expect(text).toContain('(sort_key, id) < ($4, $5)');
    expect(text).toContain('ORDER BY sort_key DESC, id DESC LIMIT $6');
    expect(text).not.toContain("o'brien");
    expect(params).toEqual(['payment_requests', "o'brien", '2026-03-01T00:00:00.000Z', 'k', 'x', 11]);
  });

  it('splits a short membership list into ordered branches, and keeps a long one as IN', () => {
    const short = listQuerySql('"h".records', 'c', normalizeListQuery({ where: { assigneeId: 'usr_7', status: ['submitted', 'under_review'] } }), 51);
    expect(short.text.match(/UNION ALL/g)).toHaveLength(1);
    expect(short.text).toContain('status = $4');
    expect(short.text).toContain('status = $5');
    expect(short.params).toEqual(['c', 'usr_7', 51, 'submitted', 'under_review']);
    const long = listQuerySql('"h".records', 'c', normalizeListQuery({ where: { status: Array.from({ length: 11 }, (_, i) => `s${i}`) } }), 51);
    expect(long.text).not.toContain('UNION ALL');
    expect(long.text).toContain('status IN ($2, $3,');
  });
});
