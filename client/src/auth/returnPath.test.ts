import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './returnPath';

const ORIGIN = 'https://social.example.com';

describe('return path after sign-in', () => {
  it.each([
    '/connect/authorize?client_id=enterprisesocial-web&scope=openid%20api',
    '/',
    '/people?search=ana#top',
  ])('keeps the same-origin path %s', (path) => {
    expect(safeReturnPath(path, ORIGIN)).toBe(path);
  });

  it.each([
    '//evil.example',
    '//evil.example/connect/authorize',
    '/\\evil.example',
    '/\t/evil.example',
    'https://evil.example',
    'https://social.example.com/people',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'connect/authorize',
    '',
    null,
    undefined,
  ])('refuses %j and falls back to the home page', (value) => {
    expect(safeReturnPath(value, ORIGIN)).toBe('/');
  });
});
