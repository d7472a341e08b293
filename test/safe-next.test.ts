// Where a sign-in may send the browser afterwards: a path on this site, read as a browser reads
// a Location header, never another origin.
import { describe, expect, it } from 'vitest';
import { safeNext } from '../src/lib/server/auth/guards';

describe('safeNext', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('/exercise/linear-predict?tab=2#results')).toBe('/exercise/linear-predict?tab=2#results');
    expect(safeNext('/a/../b')).toBe('/b');
    expect(safeNext('/%2F/evil.example')).toBe('/%2F/evil.example'); // one path segment here
  });

  it('falls back for anything a browser would take to another site', () => {
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      '/\\/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/..//evil.example',
      '/.//evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'evil.example',
      '',
      null,
      undefined,
    ]) {
      expect(safeNext(next), JSON.stringify(next)).toBe('/');
    }
    expect(safeNext('//evil.example', '')).toBe('');
    expect(safeNext('/' + 'a'.repeat(5000))).toBe('/');
  });
});
