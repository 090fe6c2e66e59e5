import type { Lang, MessageParams, Notifier } from '@honoraria/core';
import { message } from '@honoraria/core';
import { story } from './messages';

/** Prints the scenario, one numbered step at a time, in one language. */
export interface Narrator {
  readonly lang: Lang;
  /** A part heading. */
  part(key: keyof typeof story.fr): void;
  /** A numbered step. */
  step(key: keyof typeof story.fr, params?: MessageParams): void;
  /** A line under the current step. */
  say(key: keyof typeof story.fr, params?: MessageParams): void;
  /** A message of the scenario in the narrator's language. */
  t(key: keyof typeof story.fr, params?: MessageParams): string;
  /** A plain line under the current step (already in the right language). */
  line(text: string): void;
  /** A notifier that prints each email as it is sent, in its recipient's language. */
  readonly notifier: Notifier;
}

/** Creates a {@link Narrator} writing lines through `write`. */
export function createNarrator(lang: Lang, write: (line: string) => void): Narrator {
  let n = 0;
  const t = (key: keyof typeof story.fr, params?: MessageParams) => message(story, key, lang, params);
  return {
    lang,
    t,
    part(key) {
      write('');
      write(`━━ ${t(key)}`);
    },
    step(key, params) {
      n += 1;
      write('');
      write(`${String(n).padStart(2, ' ')}. ${t(key, params)}`);
    },
    say(key, params) {
      write(`    ${t(key, params)}`);
    },
    line(text) {
      write(`    ${text}`);
    },
    notifier: {
      async send(notification) {
        write(`    ${message(story, 'email', lang, { to: notification.to.name ?? notification.to.email, subject: notification.subject })}`);
        return { providerId: `narrated:${notification.id}` };
      },
    },
  };
}
