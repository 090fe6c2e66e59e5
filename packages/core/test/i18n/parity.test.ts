import { describe, expect, it } from 'vitest';
import { CORE_MESSAGES } from '../../src/i18n/core-messages';
import { checkMessageParity, defineMessages, interpolate, message, translate } from '../../src/i18n/messages';

describe('dictionaries', () => {
  it('have unique namespace names', () => {
    const names = CORE_MESSAGES.map((ns) => ns.name);
    expect(new Set(names).size).toBe(names.length);
  });

  // One test per namespace, derived from the French keys.
  for (const ns of CORE_MESSAGES) {
    it(`${ns.name}: every French key exists in English with the same placeholders`, () => {
      expect(checkMessageParity(ns)).toEqual([]);
      expect(Object.keys(ns.en).sort()).toEqual(Object.keys(ns.fr).sort());
    });
  }

  it('reports a missing key, an extra key, an empty message and different placeholders', () => {
    const broken = { name: 'broken', fr: { a: 'Bonjour {name}', b: 'B', c: ' ' }, en: { a: 'Hello {nom}', c: 'C', d: 'D' } };
    expect(checkMessageParity(broken)).toEqual([
      { namespace: 'broken', key: 'a', problem: 'placeholders_differ' },
      { namespace: 'broken', key: 'b', problem: 'missing_in_en' },
      { namespace: 'broken', key: 'c', problem: 'empty' },
      { namespace: 'broken', key: 'd', problem: 'extra_in_en' },
    ]);
  });

  it('lets another area define its own namespace and translate with placeholders', () => {
    const notifications = defineMessages('notifications', { hello: 'Bonjour, {name} !' }, { hello: 'Hello, {name}!' });
    expect(translate(notifications, 'hello', { name: 'Zoé' })).toEqual({ fr: 'Bonjour, Zoé !', en: 'Hello, Zoé!' });
    expect(message(notifications, 'hello', 'en', { name: 'Œdipe' })).toBe('Hello, Œdipe!');
    expect(checkMessageParity(notifications)).toEqual([]);
    expect(Object.isFrozen(notifications.fr)).toBe(true);
  });

  it('keeps a placeholder without a value visible', () => {
    expect(interpolate('{a} et {b}', { a: 1 })).toBe('1 et {b}');
    expect(interpolate('sans paramètre')).toBe('sans paramètre');
  });
});
