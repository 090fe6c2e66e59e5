// Sessions and magic links, stored server-side as SHA-256 hashes of random tokens (a stolen
// database gives no usable token). Magic links are single-use and expire after 15 minutes;
// sessions after 12 hours.
import type { SqlDriver } from '@honoraria/adapters/sql';
import { createHash, randomBytes } from 'node:crypto';
import { SCHEMA } from './portal-database';

/** How long a magic link stays valid. */
export const MAGIC_LINK_MINUTES = 15;
/** How long a session lasts. */
export const SESSION_HOURS = 12;
/** The session cookie's name. */
export const SESSION_COOKIE = 'hon_session';

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');
const token = (): string => randomBytes(32).toString('base64url');

/** The portal's session and magic-link store. */
export interface AuthStore {
  /** Creates a magic link token for `email`; returns the token (sent by email, never stored). */
  issueMagicLink(email: string, now: Date): Promise<string>;
  /** Consumes a token once: the email it was issued for, or `null` when unknown, used or expired. */
  consumeMagicLink(token: string, now: Date): Promise<string | null>;
  /** Opens a session for a person; returns the cookie value. */
  openSession(personId: string, now: Date): Promise<string>;
  /** The person of a session, or `null`. */
  sessionPerson(cookie: string, now: Date): Promise<string | null>;
  /** Ends a session. */
  closeSession(cookie: string): Promise<void>;
}

/** The store on the portal's database (shared by every portal process on it). */
export function createAuthStore(driver: SqlDriver): AuthStore {
  return {
    async issueMagicLink(email, now) {
      const t = token();
      await driver.query(`INSERT INTO ${SCHEMA}.portal_magic_links (token_hash, email, expires_at) VALUES ($1, $2, $3)`, [hash(t), email.toLowerCase(), new Date(now.getTime() + MAGIC_LINK_MINUTES * 60_000).toISOString()]);
      return t;
    },
    async consumeMagicLink(t, now) {
      const { rows } = await driver.query<{ email: string }>(
        `UPDATE ${SCHEMA}.portal_magic_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING email`,
        [hash(t), now.toISOString()],
      );
      return rows[0]?.email ?? null;
    },
    async openSession(personId, now) {
      const t = token();
      await driver.query(`INSERT INTO ${SCHEMA}.portal_sessions (id_hash, person_id, expires_at) VALUES ($1, $2, $3)`, [hash(t), personId, new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString()]);
      return t;
    },
    async sessionPerson(cookie, now) {
      const { rows } = await driver.query<{ person_id: string }>(`SELECT person_id FROM ${SCHEMA}.portal_sessions WHERE id_hash = $1 AND expires_at > $2`, [hash(cookie), now.toISOString()]);
      return rows[0]?.person_id ?? null;
    },
    async closeSession(cookie) {
      await driver.query(`DELETE FROM ${SCHEMA}.portal_sessions WHERE id_hash = $1`, [hash(cookie)]);
    },
  };
}

/** A fixed-window rate limiter: at most `max` hits per key per `windowMs`. */
export function createRateLimiter(max: number, windowMs: number): (key: string, nowMs: number) => boolean {
  const hits = new Map<string, { start: number; count: number }>();
  return (key, nowMs) => {
    const entry = hits.get(key);
    if (entry === undefined || nowMs - entry.start >= windowMs) {
      if (hits.size > 10_000) hits.clear();
      hits.set(key, { start: nowMs, count: 1 });
      return true;
    }
    entry.count += 1;
    return entry.count <= max;
  };
}
