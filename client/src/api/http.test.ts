import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/renderApp';
import { ApiError, buildUrl, getJson, parseRetryAfter, sendJson } from './http';

describe('http helper', () => {
  it('leaves empty query parameters out', () => {
    expect(buildUrl('/api/v1/profiles', { search: '', cursor: null, limit: 20, department: undefined })).toBe(
      '/api/v1/profiles?limit=20',
    );
    expect(buildUrl('/api/v1/profiles')).toBe('/api/v1/profiles');
  });

  it('asks for JSON and returns the parsed body', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(getJson('/api/v1/thing', { q: 'a b' })).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/thing?q=a+b',
      expect.objectContaining({ headers: { Accept: 'application/json', 'Accept-Language': 'en' } }),
    );
  });

  it('asks for problems in the language the page is shown in', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse({}));
    vi.stubGlobal('fetch', fetchMock);
    document.documentElement.lang = 'fr';
    try {
      await getJson('/api/v1/thing');
    } finally {
      document.documentElement.lang = '';
    }
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/v1/thing');
    expect(init?.headers).toMatchObject({ 'Accept-Language': 'fr' });
  });

  it('throws an ApiError carrying the problem document', async () => {
    const problem = { title: 'Bad request', status: 400, detail: 'limit must be at most 100' };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(problem, 400, 'application/problem+json')));

    const error = await getJson('/api/v1/thing').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem).toEqual(problem);
    expect((error as ApiError).message).toBe('limit must be at most 100');
  });

  it('throws an ApiError without a problem when the body is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad gateway', { status: 502 })));

    const error = await getJson('/api/v1/thing').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toBeNull();
  });

  it('sends JSON bodies and reads an empty answer as nothing', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(sendJson('PUT', '/api/v1/thing', { a: 1 }, { anonymous: true })).resolves.toBeUndefined();
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/thing', {
      method: 'PUT',
      headers: { Accept: 'application/json', 'Accept-Language': 'en', 'Content-Type': 'application/json' },
      body: '{"a":1}',
      signal: undefined,
    });
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  it('keeps the wait of a 429 on the error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 429, headers: { 'Retry-After': '12' } })),
    );

    const error = await getJson('/api/v1/thing').catch((caught: unknown) => caught);
    expect((error as ApiError).retryAfterSeconds).toBe(12);
  });
});
