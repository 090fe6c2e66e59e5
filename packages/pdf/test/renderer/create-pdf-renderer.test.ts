import type { DocumentRenderRequest, StaffMember } from '@honoraria/core';
import { HonorariaError, staticDirectory } from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { createPdfRenderer, verifyDocument } from '../../src/index';
import { pdfInfo } from '../helpers/poppler';
import { logoPng } from '../helpers/images';
import { textOf } from '../documents/expect-text';
import { acceptedMandate, framework, mandateAudit, paidRequest, partnerNamed } from '../documents/fixtures';

const partner = partnerNamed();
const mandate = acceptedMandate(partner);
const now = new Date('2026-03-03T18:30:00Z');
const requests: DocumentRenderRequest[] = [
  { kind: 'mandate', framework, partner, lang: 'fr', audit: mandateAudit(), mandate, project: null },
  {
    kind: 'master_agreement',
    framework,
    partner,
    lang: 'en',
    audit: [],
    agreement: framework.masterAgreement!,
    acceptance: { id: 'agr_0001', partnerId: partner.id, masterAgreementId: 'agreement-2026', policyVersionId: 'policy-2026', status: 'accepted', sentAt: '2026-03-02T16:00:00Z', acceptedAt: '2026-03-03T18:30:00Z' },
  },
  { kind: 'payment_request', framework, partner, lang: 'both', audit: [], request: paidRequest(mandate, partner), mandate },
];

describe('createPdfRenderer', () => {
  it('renders each kind the port asks for, with its file name, title and content type', async () => {
    const renderer = createPdfRenderer();
    const rendered = await Promise.all(requests.map((request) => renderer.render(request, { now })));
    expect(rendered.map((r) => [r.fileName, r.contentType, r.title.en])).toEqual([
      ['mandat-mnd_0042.pdf', 'application/pdf', 'Partner mandate'],
      ['master-agreement-agr_0001.pdf', 'application/pdf', 'Master partnership agreement'],
      ['demande-de-paiement-prq_0107.pdf', 'application/pdf', 'Payment request'],
    ]);
    for (const r of rendered) expect((await verifyDocument(r.bytes)).valid).toBe(true);
    // The audit events given become the audit page; the production date is the command's `now`.
    expect(textOf(rendered[0]!.bytes)).toContain('Journal d’audit');
    expect(textOf(rendered[0]!.bytes)).toContain('Produit le 2026-03-03 13:30 UTC-05:00');
    expect(pdfInfo(rendered[1]!.bytes).CreationDate).toBe('2026-03-03T18:30:00Z');
    expect(textOf(rendered[2]!.bytes)).toContain('Demande de paiement');
    expect(textOf(rendered[2]!.bytes)).toContain('Payment request');
  });

  it('is deterministic for the same request and now, and changes with now', async () => {
    const renderer = createPdfRenderer({ branding: { logo: logoPng(), accentColor: '#0b6e4f' } });
    const [a, b] = [await renderer.render(requests[0]!, { now }), await renderer.render(requests[0]!, { now })];
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const later = await renderer.render(requests[0]!, { now: new Date('2026-03-04T12:00:00Z') });
    expect(Buffer.from(later.bytes).equals(Buffer.from(a.bytes))).toBe(false);
  });

  it('names the staff of the request from the directory, looking up each person once', async () => {
    const members: StaffMember[] = [
      { id: 'u_lead', name: 'Léa Gagnon', email: 'lea@example.org' },
      { id: 'u_approver', name: 'Marc Roy', email: 'marc@example.org' },
      { id: 'u_delegate', name: 'Nadia Côté', email: 'nadia@example.org' },
    ];
    const directory = staticDirectory(members);
    const asked: string[] = [];
    const renderer = createPdfRenderer({ directory: { find: async (id) => (asked.push(id), directory.find(id)) }, branding: { institution: 'CISSS de l’Outaouais' } });
    const mandateDoc = await renderer.render(requests[0]!, { now });
    const text = textOf(mandateDoc.bytes);
    expect(text).toContain('Rédigé par Léa Gagnon');
    expect(text).toContain('Nadia Côté (pour Marc Roy) Mandat approuvé');
    expect(text).toContain('CISSS de l’Outaouais');
    expect(asked).toEqual(['u_approver', 'u_delegate', 'u_lead']);
    const request = await renderer.render(requests[2]!, { now });
    expect(textOf(request.bytes)).toContain('Marc Roy, le 22 mars 2026');
  });

  it('refuses an unknown kind with a typed error', async () => {
    const error = await createPdfRenderer().render({ ...requests[0]!, kind: 'tax_slip' } as never, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HonorariaError);
    expect((error as HonorariaError).issues.map((i) => i.path.join('.'))).toEqual(['kind']);
  });
});
