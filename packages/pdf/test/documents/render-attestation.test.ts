import type { Lang, TimeEntry } from '@honoraria/core';
import { formatDate, formatDuration, HonorariaError } from '@honoraria/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttestedActivity, DocumentPdf } from '../../src/index';
import { attestedActivities, renderAttestation } from '../../src/index';
import { pdfInfo, qpdfCheck } from '../helpers/poppler';
import { flat } from '../helpers/text';
import { missing, sectionsOf, textOf } from './expect-text';
import { acceptedMandate, clock, framework, NAMES, paidRequest, partnerNamed, project } from './fixtures';

const partner = partnerNamed();
const mandate = acceptedMandate(partner);
const request = paidRequest(mandate, partner);
const activities = attestedActivities([request]);
const period = { from: '2026-03-01', to: '2026-03-31' };
const branding = { signatory: { name: 'Catherine Dubé', title: { fr: 'Directrice scientifique', en: 'Scientific director' } } };
const input = { framework, partner, period, activities, mandates: [mandate], projects: [project] };

describe('attestedActivities', () => {
  it('counts the time the approver kept: adjusted minutes, rejected lines left out, unapproved requests ignored', () => {
    expect(activities.map((a) => [a.date, a.category, a.minutes])).toEqual([
      ['2026-03-04', 'meeting', 95],
      ['2026-03-05', 'preparation', 45],
      ['2026-03-10', 'review', 60],
      ['2026-03-12', 'travel_time', 40],
      ['2026-03-14', 'workshop', 300],
    ]);
    expect(activities.every((a) => a.mandateId === mandate.id)).toBe(true);
    expect(attestedActivities([{ ...request, status: 'under_review' }, { ...request, status: 'reversed' }, { ...request, status: 'withdrawn' }])).toEqual([]);
  });
});

function values(lang: Lang): string[] {
  const fr = lang === 'fr';
  const total = activities.reduce((sum, a) => sum + a.minutes, 0);
  return [
    formatDate('2026-04-02', lang),
    fr
      ? `Unité de soutien SSA Québec atteste que ${partner.name} a contribué à ses activités à titre de patient partenaire et proche aidant partenaire du ${formatDate(period.from, 'fr')} au ${formatDate(period.to, 'fr')}, pour un total de ${formatDuration(total, 'fr')} consacrées à 5 activité(s).`
      : `Quebec SUPPORT Unit attests that ${partner.name} contributed to its work as a patient partner and caregiver partner from ${formatDate(period.from, 'en')} to ${formatDate(period.to, 'en')}, giving a total of ${formatDuration(total, 'en')} to 5 activity(ies).`,
    `${mandate.title} (${project.title})`,
    `Total ${formatDuration(total, lang)}`,
    ...activities.map((a) => `${a.date} ${{ fr: { meeting: 'Réunion', preparation: 'Préparation', review: 'Révision de document', travel_time: 'Temps de déplacement', workshop: 'Atelier' }, en: { meeting: 'Meeting', preparation: 'Preparation', review: 'Document review', travel_time: 'Travel time', workshop: 'Workshop' } }[lang][a.category as 'meeting']}${a.description === undefined ? '' : ` ${a.description}`} ${mandate.title} ${formatDuration(a.minutes, lang)}`),
    'Catherine Dubé',
    fr ? 'Directrice scientifique' : 'Scientific director',
  ];
}

let both: DocumentPdf;
let fr: DocumentPdf;
let en: DocumentPdf;

beforeAll(async () => {
  const options = (lang: 'fr' | 'en' | 'both') => ({ lang, clock: clock(), branding });
  [both, fr, en] = await Promise.all([renderAttestation(input, options('both')), renderAttestation(input, options('fr')), renderAttestation(input, options('en'))]);
});

describe('renderAttestation', () => {
  it('states the activities and hours of the period in detail, in both languages, with no amount', () => {
    const sections = sectionsOf(both.bytes);
    expect(missing(sections.fr, values('fr'))).toEqual([]);
    expect(missing(sections.en, values('en'))).toEqual([]);
    expect(missing(textOf(fr.bytes), values('fr'))).toEqual([]);
    expect(missing(textOf(en.bytes), values('en'))).toEqual([]);
    expect(textOf(both.bytes)).not.toMatch(/\d,\d\d \$|\$\d/);
    // One activity per category: no summary by category, and one page per language.
    expect(textOf(both.bytes)).not.toContain('Activités par catégorie');
    expect(both.pageCount).toBe(2);
  });

  it('serves volunteers alike: their own time entries, no mandate, and a period with nothing recorded', async () => {
    const volunteer = partnerNamed(NAMES.polish, { roles: ['citizen'] });
    const entries: TimeEntry[] = [
      { id: 'v1', date: '2026-02-10', category: 'meeting', minutes: 120, units: 1, description: 'Comité des usagers, Hôpital de Gatineau' },
      { id: 'v2', date: '2026-02-24', category: 'review', minutes: 45, units: 1 },
      { id: 'v4', date: '2026-02-26', category: 'meeting', minutes: 60, units: 1 },
      { id: 'v3', date: '2026-04-01', category: 'meeting', minutes: 90, units: 1 },
    ];
    const doc = await renderAttestation({ framework, partner: volunteer, period: { from: '2026-02-01', to: '2026-02-28' }, activities: entries, issuedOn: '2026-03-01', reference: 'ATT-2026-003' }, { lang: 'en', clock: clock() });
    const text = textOf(doc.bytes);
    expect(text).toContain(flat(`${NAMES.polish} contributed to its work as a citizen partner from February 1, 2026 to February 28, 2026, giving a total of ${formatDuration(225, 'en')} to 3 activity(ies).`));
    // Two meetings: the summary by category says how many of each.
    expect(text).toContain(flat(`Activities by category Category Activities Time Meeting 2 ${formatDuration(180, 'en')} Document review 1 ${formatDuration(45, 'en')} Total 3 ${formatDuration(225, 'en')}`));
    expect(text).toContain('ATT-2026-003');
    expect(text).toContain('March 1, 2026');
    expect(text).not.toContain('2026-04-01');
    expect(text).not.toContain('These contributions were made under');
    const none = await renderAttestation({ framework, partner: volunteer, period: { from: '2026-06-01', to: '2026-06-30' }, activities: entries }, { lang: 'fr', clock: clock() });
    expect(textOf(none.bytes)).toContain('Aucune activité n’est consignée du 1er juin 2026 au 30 juin 2026.');
  });

  it('passes qpdf --check, with page counts that add up', () => {
    for (const doc of [both, fr, en]) {
      expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
      expect(Number(pdfInfo(doc.bytes).Pages)).toBe(doc.pageCount);
    }
    expect(both.pageCount).toBe(fr.pageCount + en.pageCount);
    expect(fr.fileName).toBe('attestation-ptn_0001-2026-03-01-2026-03-31.pdf');
  });

  it('refuses a reversed period and malformed activities, with paths', async () => {
    const bad: AttestedActivity[] = [{ date: '2026-13-01', category: 'meeting', minutes: 30 }, { date: '2026-03-01', category: 'meeting', minutes: 1.5 }];
    const error = await renderAttestation({ framework, partner, period: { from: '2026-03-31', to: '2026-03-01' }, activities: bad }, { lang: 'fr', clock: clock() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HonorariaError);
    expect((error as HonorariaError).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['period:invalid_period', 'activities.0:invalid_activity', 'activities.1:invalid_activity']);
  });
});
