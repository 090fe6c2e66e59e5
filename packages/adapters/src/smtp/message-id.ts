import { HonorariaError, sha256Hex } from '@honoraria/core';

/** RFC 5322 `dot-atom-text`: what a Message-ID's left part may hold without quoting. */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const HASHED_PREFIX = 'sha256.';
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Reads a domain for Message-IDs into its ASCII form (`Cité.example` → `xn--cit-bma.example`),
 * or throws a `validation_failed` error when it is not a host name.
 */
export function normalizeMessageIdDomain(domain: string): string {
  let ascii: string;
  try {
    ascii = /^[^\s/?#@:[\]\\]+$/u.test(domain) ? new URL(`http://${domain}`).hostname : '';
  } catch {
    ascii = '';
  }
  if (!HOST_NAME.test(ascii) || ascii.length > 253) {
    throw new HonorariaError('validation_failed', {
      issues: [
        {
          path: ['messageIdDomain'],
          code: 'invalid_domain',
          message: {
            fr: 'Le domaine des identifiants de message doit être un nom d’hôte, comme cisss.example.',
            en: 'The Message-ID domain must be a host name, such as cisss.example.',
          },
        },
      ],
    });
  }
  return ascii;
}

/**
 * The stable Message-ID of an outbox entry, `<{id}@{domain}>`: the same entry always gets the same
 * Message-ID, so a receiving system that sees it twice knows it is a duplicate. An id that cannot
 * stand as it is (spaces, accents, more than 64 characters) is replaced by `sha256.` and the first
 * 32 hexadecimal digits of its SHA-256, which keeps it stable and distinct.
 *
 * @param id The outbox entry's id.
 * @param domain The domain, such as `cisss.example` (the sender's, by default, in the notifier).
 */
export function smtpMessageId(id: string, domain: string): string {
  const plain = id.length <= 64 && DOT_ATOM.test(id) && !id.startsWith(HASHED_PREFIX);
  const left = plain ? id : `${HASHED_PREFIX}${sha256Hex(id).slice(0, 32)}`;
  return `<${left}@${normalizeMessageIdDomain(domain)}>`;
}
