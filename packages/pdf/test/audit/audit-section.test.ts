import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/index';
import { formatInstant, renderDocument, verifyDocument } from '../../src/index';
import { clock, mandateLike } from '../fixtures/mandate-like';
import { pageTexts } from '../helpers/poppler';
import { flat } from '../helpers/text';

describe('audit page', () => {
  it('formats instants the same way in both languages, in the time zone, with the offset', () => {
    expect(formatInstant(new Date('2026-01-15T17:30:00Z'), 'America/Toronto')).toBe('2026-01-15 12:30 UTC-05:00');
    expect(formatInstant(new Date('2026-07-15T17:30:00Z'), 'America/Toronto')).toBe('2026-07-15 13:30 UTC-04:00');
    expect(formatInstant(new Date('2026-07-15T17:30:00Z'), 'UTC')).toBe('2026-07-15 17:30 UTC+00:00');
  });

  it('words actors, actions and states through the given describers, in the page language', async () => {
    const doc = await renderDocument(mandateLike, {
      lang: 'en',
      clock: clock(),
      audit: {
        events: [{ at: '2026-03-14T14:00:00Z', actor: { id: 'p-42' }, action: 'mandate.accepted', fromState: 'approved', toState: 'accepted' }],
        describeActor: (actor, lang) => (actor.id === 'p-42' ? 'Nguyễn Thị Ánh' : lang),
        describeAction: (action, lang) => (lang === 'fr' ? 'Mandat accepté' : 'Mandate accepted'),
        describeState: (state, lang) => `${state}:${lang}`,
      },
    });
    const audit = flat(pageTexts(doc.bytes).at(-1)!);
    expect(audit).toContain('Audit trail');
    expect(audit).toContain('2026-03-14 10:00 UTC-04:00 Nguyễn Thị Ánh Mandate accepted approved:en → accepted:en');
    expect(audit).toContain('Document pages 1');
    expect(audit).toContain('Produced on 2026-03-14 10:05 UTC-04:00');
  });

  it('continues a long trail on further pages; the seal stays on the first audit page and verifies', async () => {
    const events: AuditEvent[] = Array.from({ length: 90 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 2, 1, 12, i)).toISOString(),
      actor: { id: `user-${i}` },
      action: `step.${i}`,
      fromState: `s${i}`,
      toState: `s${i + 1}`,
    }));
    const doc = await renderDocument(mandateLike, { lang: 'fr', clock: clock(), audit: { events } });
    const pages = pageTexts(doc.bytes).map(flat);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[1]).toContain(doc.bodySha256);
    expect(pages[2]).toMatch(/^Date et heure Personne Action État/);
    expect(pages.join(' ').match(/user-\d+/g)).toHaveLength(90);
    expect((await verifyDocument(doc.bytes, { expectedSha256: doc.bodySha256 })).valid).toBe(true);
  });
});
