import * as z from 'zod';
import { Url } from './common';

/**
 * Where a number of a framework comes from:
 * - `sourced`: a published document says so (give `url` or `citation`);
 * - `institutional`: the institution decided it (its own policy; a `citation` helps);
 * - `illustrative`: an example value, to replace before real use;
 * - `to_verify`: a value seen in secondary sources that still needs checking.
 */
export const ProvenanceStatus = z.enum(['sourced', 'institutional', 'illustrative', 'to_verify']);
/** Where a number comes from. */
export type ProvenanceStatus = z.infer<typeof ProvenanceStatus>;

/** The provenance of a configured number: its status, a link, a citation and a note. */
export const Provenance = z
  .object({
    status: ProvenanceStatus,
    url: Url.optional(),
    citation: z.string().min(1).max(500).optional(),
    note: z.string().min(1).max(1000).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.status === 'sourced' && p.url === undefined && p.citation === undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], params: { key: 'sourced_needs_reference' } });
    }
  });
/** The provenance of a configured number. */
export type Provenance = z.infer<typeof Provenance>;
