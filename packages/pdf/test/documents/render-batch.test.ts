// A batch of annual statements: each yielded in order as it is made, progress reported after
// each, and a batch that can be stopped.
import { describe, expect, it } from 'vitest';
import type { BatchProgress } from '../../src/index';
import { renderAnnualStatement, renderBatch, verifyDocument } from '../../src/index';
import { clock, framework, ledgerEntries, partnerNamed } from './fixtures';

const partners = ['Zoé Lefèvre', 'Łukasz Żółć', 'Nguyễn Thị Ánh', 'فاطمة الزهراء', '王小明'].map((name, i) => partnerNamed(name, { id: `ptn_000${i + 1}` }));
const statement = (partner: (typeof partners)[number]) => renderAnnualStatement({ framework, partner, year: 2026, entries: ledgerEntries(partner.id), province: 'QC' }, { lang: 'fr', clock: clock() });

describe('renderBatch', () => {
  it('renders annual statements one by one, in order, reporting progress after each', async () => {
    const progress: BatchProgress[] = [];
    const names: string[] = [];
    for await (const { input, index, pdf } of renderBatch(partners, statement, { onProgress: (p) => progress.push(p) })) {
      expect(partners[index]).toBe(input);
      expect((await verifyDocument(pdf.bytes, { expectedSha256: pdf.bodySha256 })).valid).toBe(true);
      names.push(input.name);
      expect(progress[progress.length - 1]).toEqual({ done: index + 1, total: 5 });
    }
    expect(names).toEqual(partners.map((p) => p.name));
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('stops before the next document once its signal is aborted', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = async () => {
      for await (const { index } of renderBatch(partners, statement, { signal: controller.signal })) {
        done.push(index);
        if (index === 1) controller.abort(new Error('stopped'));
      }
    };
    await expect(run()).rejects.toThrow('stopped');
    expect(done).toEqual([0, 1]);
  });
});
