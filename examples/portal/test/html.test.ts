import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../src/html';

describe('html', () => {
  it('escapes every interpolated string, and keeps nested fragments', () => {
    const name = '<img src=x onerror="alert(1)">\'`&';
    const out = html`<p title="${name}">${name}${html`<b>${'<i>'}</b>`}</p>`.value;
    expect(out).toBe(`<p title="${escapeHtml(name)}">${escapeHtml(name)}<b>&#60;i&#62;</b></p>`);
    expect(out).not.toContain('<img');
    expect(html`${['<a>', 1, null, false]}`.value).toBe('&#60;a&#62;1');
  });
});
