import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkMessageParity } from '../../../core/src/i18n/messages';
import { HonorariaError } from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { documentMessages, renderMandate } from '../../src/index';
import { textOf } from './expect-text';
import { acceptedMandate, clock, framework, partnerNamed } from './fixtures';

const sources = fileURLToPath(new URL('../../src/documents/', import.meta.url));

describe('documentMessages', () => {
  it('has every key in French and English, none empty, with the same placeholders', () => {
    expect(checkMessageParity(documentMessages)).toEqual([]);
    expect(Object.keys(documentMessages.en).sort()).toEqual(Object.keys(documentMessages.fr).sort());
    expect(Object.keys(documentMessages.fr).length).toBeGreaterThan(250);
  });

  it('puts no user-facing words in the document code: every string comes from the dictionary', () => {
    // The only French text outside the dictionary files is in the bilingual error messages of the input checks.
    const code = readdirSync(sources)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file, readFileSync(`${sources}${file}`, 'utf8')] as const);
    for (const [file, text] of code) {
      const withoutErrors = text.replace(/\{\s*fr: '[^']*',\s*en: '[^']*',?\s*\}/g, '').replace(/\/\/.*$|\/\*\*?[\s\S]*?\*\//gm, '');
      expect(withoutErrors.match(/'[^'\n]*\b(le|la|les|des|du|une?)\s[^'\n]*'/gi) ?? [], file).toEqual([]);
    }
  });

  it('lets an institution reword any string, and refuses unknown keys and empty wordings', async () => {
    const partner = partnerNamed();
    const wording = { fr: { 'mandate.title': 'Contrat de collaboration', 'mandate.conditionChoice': 'Vous choisissez librement votre mode de rétribution.' }, en: { 'mandate.title': 'Collaboration contract' } };
    const doc = await renderMandate({ framework, partner, mandate: acceptedMandate(partner) }, { lang: 'both', clock: clock(), branding: { wording } });
    const text = textOf(doc.bytes);
    expect(text).toContain('Contrat de collaboration');
    expect(text).toContain('Collaboration contract');
    expect(text).toContain('Vous choisissez librement votre mode de rétribution.');
    expect(text).not.toContain('Mandat de partenaire');
    expect(doc.title).toEqual({ fr: 'Contrat de collaboration', en: 'Collaboration contract' });
    const error = await renderMandate(
      { framework, partner, mandate: acceptedMandate(partner) },
      { lang: 'fr', clock: clock(), branding: { wording: { fr: { 'mandate.titel': 'X', 'mandate.role': ' ' } as never } } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HonorariaError);
    expect((error as HonorariaError).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['branding.wording.fr.mandate.titel:unknown_key', 'branding.wording.fr.mandate.role:invalid_type']);
  });
});
