import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { isHonorariaError } from '@honoraria/core';
import { normalizeMessageIdDomain, smtpMessageId } from '../../src/smtp/message-id';

/** RFC 5322 msg-id with a dot-atom on both sides. */
const MSG_ID = /^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)*>$/;

describe('smtpMessageId', () => {
  it('keeps an outbox id that is a valid atom as it is', () => {
    expect(smtpMessageId('out_0001', 'cisss.example')).toBe('<out_0001@cisss.example>');
    expect(smtpMessageId('out_7f3a9c2e4b1d4e6f8a0b1c2d3e4f5a6b', 'CISSS.example')).toBe('<out_7f3a9c2e4b1d4e6f8a0b1c2d3e4f5a6b@cisss.example>');
  });

  it('hashes an id that cannot stand in a Message-ID, and an id that looks like a hash', () => {
    const odd = smtpMessageId('sortie n° 1 <é>', 'cisss.example');
    expect(odd).toMatch(/^<sha256\.[0-9a-f]{32}@cisss\.example>$/);
    expect(smtpMessageId('sortie n° 1 <é>', 'cisss.example')).toBe(odd);
    const lookalike = odd.slice(1, odd.indexOf('@'));
    expect(smtpMessageId(lookalike, 'cisss.example')).not.toBe(odd);
    expect(smtpMessageId('a'.repeat(65), 'cisss.example')).toMatch(/^<sha256\./);
  });

  it('is stable, well-formed and distinct for distinct ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string({ minLength: 1 }), fc.stringMatching(/^[a-z]{3}_[0-9a-f]{1,40}$/)), { minLength: 2, maxLength: 20 }), (ids) => {
        const messageIds = ids.map((id) => smtpMessageId(id, 'cisss.example'));
        for (const m of messageIds) expect(m).toMatch(MSG_ID);
        expect(new Set(messageIds).size).toBe(ids.length);
        expect(ids.map((id) => smtpMessageId(id, 'cisss.example'))).toEqual(messageIds);
      }),
    );
  });
});

describe('normalizeMessageIdDomain', () => {
  it('writes an internationalized domain in ASCII, lower case', () => {
    expect(normalizeMessageIdDomain('Cité.Example')).toBe('xn--cit-dma.example');
    expect(normalizeMessageIdDomain('honoraria.cisss-07.example')).toBe('honoraria.cisss-07.example');
  });

  it('refuses what is not a host name', () => {
    for (const domain of ['', 'not a domain', 'a@b.example', 'cisss.example/x', '[127.0.0.1]', '-bad.example', 'a..b']) {
      let error: unknown;
      try {
        normalizeMessageIdDomain(domain);
      } catch (e) {
        error = e;
      }
      expect(isHonorariaError(error, 'validation_failed'), domain).toBe(true);
    }
  });
});
