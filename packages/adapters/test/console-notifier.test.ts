import { describe, expect, it } from 'vitest';
import { createConsoleNotifier } from '../src/notifiers/console-notifier';

describe('createConsoleNotifier', () => {
  it('writes the recipient, subject, body and links', async () => {
    const lines: string[] = [];
    const notifier = createConsoleNotifier({ write: (l) => lines.push(l) });
    const receipt = await notifier.send({
      id: 'out_1',
      template: 'mandate.awaiting_approval',
      lang: 'fr',
      to: { email: 'approbatrice@example.org' },
      subject: 'Mandat à approuver',
      text: 'Bonjour,\nUn mandat attend votre approbation.',
      links: [{ label: 'Voir le mandat', url: 'https://portail.example.org/mandats/mnd_1' }],
      subjectRef: { type: 'mandate', id: 'mnd_1' },
    });
    expect(receipt.providerId).toBe('console:out_1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('approbatrice@example.org');
    expect(lines[0]).toContain('Mandat à approuver');
    expect(lines[0]).toContain('  Un mandat attend votre approbation.');
    expect(lines[0]).toContain('https://portail.example.org/mandats/mnd_1');
  });
});
