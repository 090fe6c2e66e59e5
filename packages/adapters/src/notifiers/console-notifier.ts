import type { Notifier, OutgoingNotification } from '@honoraria/core';

/** Options of {@link createConsoleNotifier}. */
export interface ConsoleNotifierOptions {
  /** Where to write; `console.log` by default. */
  readonly write?: (line: string) => void;
}

/**
 * A notifier that prints each notification (recipient, subject, body, links) instead of sending
 * it: for local development, demos and the end-to-end scenario.
 */
export function createConsoleNotifier(options: ConsoleNotifierOptions = {}): Notifier {
  const write = options.write ?? ((line: string) => console.log(line));
  return {
    async send(n: OutgoingNotification) {
      const links = n.links.map((l) => `  ${l.label}: ${l.url}`);
      write([`✉ ${n.to.email} [${n.lang}] ${n.subject}`, ...n.text.split('\n').map((l) => `  ${l}`), ...links].join('\n'));
      return { providerId: `console:${n.id}` };
    },
  };
}
