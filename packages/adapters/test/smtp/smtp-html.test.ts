import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { escapeHtml, isSafeHref, renderNotificationHtml } from '../../src/smtp/smtp-html';

/** Undoes escapeHtml, to show it loses nothing. */
function unescapeHtml(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'p', 'br', 'ul', 'li', 'a', 'hr', 'small']);

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Zoé</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Zoé&lt;/a&gt;');
  });

  it('leaves no markup character and loses nothing, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeHtml(escaped)).toBe(text);
      }),
    );
  });
});

describe('isSafeHref', () => {
  it('accepts web and mail links only', () => {
    expect(isSafeHref('https://portail.cisss.example/m')).toBe(true);
    expect(isSafeHref('HTTP://portail.cisss.example')).toBe(true);
    expect(isSafeHref('mailto:partenariat@cisss.example')).toBe(true);
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example', '/relative']) {
      expect(isSafeHref(url)).toBe(false);
    }
  });
});

describe('renderNotificationHtml', () => {
  it('lays out paragraphs, line breaks, links and the footer', () => {
    const html = renderNotificationHtml({
      locale: 'en-CA',
      subject: 'Approved',
      text: 'Hello Sam,\r\n\r\nYour request\nwas approved.',
      links: [{ label: 'See it', url: 'https://portal.example/r/1' }],
      footer: 'Sent automatically.',
    });
    expect(html).toBe(
      [
        '<!doctype html>',
        '<html lang="en-CA">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>Approved</title>',
        '</head>',
        '<body>',
        '<p>Hello Sam,</p>',
        '<p>Your request<br>',
        'was approved.</p>',
        '<ul>',
        '<li><a href="https://portal.example/r/1">See it</a></li>',
        '</ul>',
        '<hr>',
        '<p><small>Sent automatically.</small></p>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('never lets user text add a tag or a link that is not http(s) or mailto', () => {
    const text = fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', '/', '=', ' ', '\n', 'a', 'script', 'img', 'href', 'javascript:', 'é', 'ᐃ') });
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(fc.record({ label: text, url: fc.oneof(text, fc.webUrl(), fc.constant('javascript:alert(1)')) }), { maxLength: 4 }),
        fc.option(text, { nil: undefined }),
        (subject, body, links, footer) => {
          const html = renderNotificationHtml({ locale: 'fr-CA', subject, text: body, links, ...(footer === undefined ? {} : { footer }) });
          for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) expect(ALLOWED_TAGS).toContain(tag!.toLowerCase());
          expect(html.match(/<!doctype/gi)).toHaveLength(1);
          for (const [, href] of html.matchAll(/<a href="([^"]*)">/g)) expect(isSafeHref(unescapeHtml(href!))).toBe(true);
          expect((html.match(/<a href=/g) ?? []).length).toBe(links.filter((l) => isSafeHref(l.url)).length);
        },
      ),
    );
  });
});
