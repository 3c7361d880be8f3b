import { describe, expect, it } from 'vitest';
import { isPublicPath, safeCallbackPath } from './public-paths';

describe('public paths', () => {
  it('knows what needs no session', () => {
    expect(isPublicPath('/login')).toBe(true);
    expect(isPublicPath('/api/health')).toBe(true);
    expect(isPublicPath('/admin')).toBe(false);
    expect(isPublicPath('/loginx')).toBe(false);
  });

  it('only returns to same-site paths after login', () => {
    expect(safeCallbackPath('/admin/usuarios?x=1')).toBe('/admin/usuarios?x=1');
    expect(safeCallbackPath('https://evil.example')).toBe('/');
    expect(safeCallbackPath('//evil.example')).toBe('/');
    expect(safeCallbackPath('/\\evil.example')).toBe('/');
    expect(safeCallbackPath('/login')).toBe('/');
    expect(safeCallbackPath(undefined)).toBe('/');
    expect(safeCallbackPath('/\t/evil.com')).toBe('/');
    expect(safeCallbackPath('/%09/evil.com')).toBe('/%09/evil.com');
    expect(safeCallbackPath('/a\\b')).toBe('/');
  });
});
