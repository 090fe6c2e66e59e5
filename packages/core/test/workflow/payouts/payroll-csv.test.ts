import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { centsToDecimal, neutralizeFormula, quoteField, toCsv } from '../../../src/workflow/payouts/csv';
import { actors } from '../fixtures';
import { BANK, createPaymentWorld, entry, OMAR, processingRequest, seedActiveMandate, seedPartner, SIN, submitRequest, WORKED, ZOE } from '../payment-requests/payment-fixtures';

/**
 * Parses RFC 4180 CSV (CRLF records, quoted fields with doubled quotes): the test's independent
 * reader. `delimiter` stands for readers that split at something else (fr-CA Excel: `;`).
 */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV writing', () => {
  it('quotes fields as RFC 4180 requires and ends each record with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'd"e', 'f\ng', '']])).toBe('a,"b,c","d""e","f\ng",\r\n');
    expect(quoteField('plain')).toBe('plain');
  });

  it('neutralizes cells a spreadsheet would read as formulas', () => {
    for (const cell of ['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    expect(neutralizeFormula('Zoé')).toBe('Zoé');
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });

  it('neutralizes formulas after a comma, a semicolon, a tab or a line break inside a cell', () => {
    expect(neutralizeFormula('Roy;=HYPERLINK("http://x")')).toBe(`Roy;'=HYPERLINK("http://x")`);
    expect(neutralizeFormula('a,+1')).toBe("a,'+1");
    expect(neutralizeFormula('a\t@SUM(A1)')).toBe("a\t'@SUM(A1)");
    expect(neutralizeFormula('a\n-2')).toBe("a\n'-2");
    expect(neutralizeFormula('a;\t=1')).toBe("a;'\t'=1");
    expect(neutralizeFormula('=a;=b')).toBe("'=a;'=b");
    expect(neutralizeFormula('Tremblay; Zoé')).toBe('Tremblay; Zoé');
    // A semicolon or a tab alone makes the field quoted, so a reader splitting there keeps it whole.
    expect(toCsv([['a;b', 'c\td', 'e']])).toBe('"a;b","c\td",e\r\n');
    expect(parseCsv(toCsv([['Roy;=1+1', 'x']]), ';')).toEqual([["Roy;'=1+1,x"]]);
  });

  it('no cell starts a formula, whatever delimiter the reader uses or whether it honours quotes (property)', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', ',', '"', 'a', ' ');
    const text = fc.array(fc.oneof(trigger, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const csv = toCsv(rows);
        // Readers that honour quotes, splitting at a comma, a semicolon or a tab.
        for (const delimiter of [',', ';', '\t']) {
          for (const row of parseCsv(csv, delimiter)) for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) return false;
        }
        // A reader that ignores quotes and splits at every separator (the worst case).
        return csv.split(/[,;\t\r\n]/).every((part) => !/^"?[=+\-@]/.test(part));
      }),
    );
  }, 60_000);

  it('writes cents as plain decimals', () => {
    expect([0, 5, 100, 123_456, -5].map(centsToDecimal)).toEqual(['0.00', '0.05', '1.00', '1234.56', '-0.05']);
  });

  it('reads back every cell as written, neutralized, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(toCsv(rows));
        const expected = rows.map((r) => r.map(neutralizeFormula));
        return JSON.stringify(parsed) === JSON.stringify(expected) && parsed.every((row) => row.every((cell) => !/^[=+\-@\t\r]/.test(cell)));
      }),
    );
  }, 60_000);
});

describe('exportPayrollCsv', () => {
  let world: ReturnType<typeof createPaymentWorld>;
  let approvedId: string;
  let forwardedId: string;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE, name: 'Zoé Tremblay', legalName: '=HYPERLINK("http://evil.example","Tremblay, Zoé")' });
    await seedPartner(world, { id: OMAR, name: 'Omar Haddad', payment: { method: 'e_transfer' }, sin: null });
    await seedActiveMandate(world, { id: 'mnd_1', budgetCapCents: 200_000 });
    await seedActiveMandate(world, { id: 'mnd_o', partnerId: OMAR });
    approvedId = (await submitRequest(world, 'mnd_1')).id;
    await world.service.as(actors.lead).approvePaymentRequest({ id: approvedId });
    forwardedId = (await submitRequest(world, 'mnd_o', { entries: [entry('e1', '2026-03-10', 60)] }, OMAR)).id;
    await world.service.as(actors.lead).approvePaymentRequest({ id: forwardedId });
    await world.service.as(actors.admin).forwardPaymentRequest({ id: forwardedId });
    await processingRequest(world, 'mnd_1', structuredClone(WORKED)); // in processing: not exported by default
    await submitRequest(world, 'mnd_1'); // under review: never exported
  });

  it('masks the SIN and bank details for the administration', async () => {
    const out = await world.service.as(actors.admin).exportPayrollCsv({});
    expect(out).toMatchObject({ contentType: 'text/csv; charset=utf-8', fileName: 'payroll-2026-04-01.csv', rows: 2, redacted: true });
    expect(out.csv).not.toContain(SIN);
    expect(out.csv).not.toContain(BANK.account);
    expect(out.csv).not.toContain(BANK.transit);
    const [header, zoe, omar] = parseCsv(out.csv);
    expect(header).toEqual(['demande', 'partenaire', 'nom', 'mandat', 'periode_debut', 'periode_fin', 'approuvee_le', 'statut', 'mode_paiement', 'forme', 'devise', 'remuneration', 'depenses', 'total', 'imposable', 'non_imposable', 'nas', 'institution', 'transit', 'compte', 'retenue']);
    expect(zoe).toEqual([
      approvedId,
      ZOE,
      `'=HYPERLINK("http://evil.example","Tremblay, Zoé")`,
      'mnd_1',
      '2026-03-10',
      '2026-03-12',
      '2026-04-01',
      'approved',
      'direct_deposit',
      'cash',
      'CAD',
      '100.00',
      '20.00',
      '120.00',
      '100.00',
      '20.00',
      '*** *** 286',
      '***',
      '***45',
      '****567',
      '',
    ]);
    expect(omar).toEqual([forwardedId, OMAR, 'Omar Haddad', 'mnd_o', '2026-03-10', '2026-03-10', '2026-04-01', 'forwarded_to_admin', 'e_transfer', 'cash', 'CAD', '40.00', '0.00', '40.00', '40.00', '0.00', '', '', '', '', '']);
  });

  it('gives the SIN and bank details in full to finance, with English headers on request', async () => {
    const out = await world.service.as(actors.finance).exportPayrollCsv({ lang: 'en', status: ['approved'] });
    expect(out).toMatchObject({ rows: 1, redacted: false });
    const [header, zoe] = parseCsv(out.csv);
    expect(header?.slice(-5)).toEqual(['sin', 'institution', 'transit', 'account', 'hold']);
    expect(zoe?.slice(-5)).toEqual([SIN, BANK.institution, BANK.transit, BANK.account, '']);
  });

  it('filters by approval date and by state', async () => {
    const admin = world.service.as(actors.admin);
    expect((await admin.exportPayrollCsv({ approvedFrom: '2026-04-02' })).rows).toBe(0);
    expect((await admin.exportPayrollCsv({ approvedTo: '2026-04-01', status: ['approved', 'forwarded_to_admin', 'processing'] })).rows).toBe(3);
  });

  it('is for the administration and finance only', async () => {
    for (const actor of [actors.lead, actors.approver, actors.secretariat, actors.partner(ZOE)]) {
      await expect(world.service.as(actor).exportPayrollCsv({}), actor.id).rejects.toMatchObject({ code: 'forbidden' });
    }
  });
});
