import { createSqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import type { SqlDriver } from '@honoraria/adapters/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNarrator } from '../src/narrator';
import { runSeedFlow } from '../src/seed-flow';
import { runVolunteerFlow } from '../src/volunteer-flow';

let driver: SqlDriver;
beforeAll(async () => {
  driver = await createPgliteDriver();
});
afterAll(async () => {
  await driver.close();
});

async function play(lang: 'fr' | 'en') {
  const lines: string[] = [];
  const say = createNarrator(lang, (line) => lines.push(line));
  const unit = createSqlStorage({ driver, schema: `unite_${lang}` });
  const cisss = createSqlStorage({ driver, schema: `cisss_${lang}` });
  await unit.migrate();
  await cisss.migrate();
  const paid = await runSeedFlow({ storage: unit, narrator: say });
  const volunteer = await runVolunteerFlow({ storage: cisss, narrator: say });
  return { lines, paid, volunteer, text: lines.join('\n') };
}

describe('the end-to-end scenario on the embedded database (npm start)', () => {
  it('plays the whole seed flow in French, to the cent', async () => {
    const { paid, volunteer, text } = await play('fr');
    // 1 h (minimum) + 2 h + 1 h 30 at $40/h = $180.00, plus 42 km × $0.54 = $22.68.
    expect(paid.submittedTotalCents).toBe(20_268);
    // The approver cut the first meeting to 1 h 45: $170.00 + $22.68.
    expect(paid.paidCents).toBe(19_268);
    expect(paid.taxableCents).toBe(17_000);
    expect(paid.auditValid).toBe(true);
    expect(paid.auditEvents).toBeGreaterThan(10);
    // My Files holds three real PDFs, each intact against the SHA-256 the workflow filed.
    expect(paid.documents.map((d) => [d.kind, d.verified])).toEqual([
      ['mandate', true],
      ['master_agreement', true],
      ['payment_request', true],
    ]);
    expect(paid.documents.every((d) => new TextDecoder().decode(d.bytes.subarray(0, 5)) === '%PDF-')).toBe(true);
    expect(text).toContain('Le secrétariat ouvre le dossier de Zoé Tremblay');
    expect(text).toContain('NAS conservé, jamais affiché en clair : *** *** 286');
    expect(text).not.toContain('046454286');
    expect(text).toContain('total 202,68\u00a0$');
    expect(text).toContain('Payé : 192,68\u00a0$, référence DD-2026-04-0042');
    expect(text).toContain('Brouillon → Soumise');
    expect(text).toContain('seuil du T4A non atteint');
    expect(text).toMatch(/événements vérifiés : aucune modification/);
    expect(volunteer).toMatchObject({ status: 'active', parkingPasses: 1, auditValid: true });
    expect(text).toContain('Laissez-passer pour Hôpital de Gatineau, valide le 14 avril 2026');
  });

  it('speaks English with --lang en, while each person’s email stays in their own language', async () => {
    const { text, paid } = await play('en');
    expect(paid.paidCents).toBe(19_268);
    expect(text).toContain('The secretariat opens the file of Zoé Tremblay');
    expect(text).toContain('Paid: $192.68, reference DD-2026-04-0042');
    expect(text).toContain('Phone interview due by April 1, 2026 (30 days)');
    // Zoé reads French, Marc Roy English: the notifications follow the recipient, not the narrator.
    expect(text).toContain('✉ Zoé Tremblay — Votre paiement de 192,68\u00a0$ est effectué');
    expect(text).toMatch(/✉ Marc Roy — Mandate to approve/);
  });
});
