import { describe, expect, it } from 'vitest';
import { allowedMethods, matchRoute, normalizeBasePath } from '../../src/http/http-routes';
import { bodyFormatOf } from '../../src/http/read-request';

describe('routes', () => {
  it('normalizes base paths', () => {
    expect(normalizeBasePath(undefined)).toBe('');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('api/honoraria/')).toBe('/api/honoraria');
    expect(() => normalizeBasePath('/a b')).toThrow(TypeError);
  });

  it('matches operations, commands and queries, percent-decoding names', () => {
    expect(matchRoute('/operations', '')).toEqual({ type: 'operations' });
    expect(matchRoute('/api/commands/approveMandate', '/api')).toEqual({ type: 'operation', kind: 'command', name: 'approveMandate' });
    expect(matchRoute('/queries/getMy%46iles', '')).toEqual({ type: 'operation', kind: 'query', name: 'getMyFiles' });
    expect(matchRoute('/api/downloads/getDocument', '/api')).toEqual({ type: 'download', kind: 'query', name: 'getDocument' });
    for (const path of ['/commands/%E0%A4%A', '/commands/', '/other/x', '/api2/commands/x', '/commands/a/b', '/operations/']) {
      expect(matchRoute(path, path.startsWith('/api') ? '/api' : '')).toBeNull();
    }
  });

  it('allows POST for commands, GET and POST for queries, GET for downloads and the listing', () => {
    expect(allowedMethods({ type: 'operations' })).toEqual(['GET']);
    expect(allowedMethods({ type: 'operation', kind: 'command', name: 'x' })).toEqual(['POST']);
    expect(allowedMethods({ type: 'operation', kind: 'query', name: 'x' })).toEqual(['GET', 'POST']);
    expect(allowedMethods({ type: 'download', kind: 'query', name: 'x' })).toEqual(['GET']);
  });
});

describe('bodyFormatOf', () => {
  it.each([
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['APPLICATION/JSON;CHARSET=UTF8', 'json'],
    ['application/ld+json', 'json'],
    ['application/vnd.honoraria+json', 'envelope'],
    ['application/vnd.honoraria+json; charset=utf-8', 'envelope'],
    ['application/json; charset=utf-16', 'unsupported'],
    ['text/json', 'unsupported'],
    ['text/plain', 'unsupported'],
    ['', 'unsupported'],
  ] as const)('%s → %s', (type, format) => {
    expect(bodyFormatOf(type)).toBe(format);
  });
});
