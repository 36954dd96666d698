import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/renderApp';
import { ApiError, buildUrl, getJson } from './http';

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
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/thing?q=a+b', expect.objectContaining({ headers: { Accept: 'application/json' } }));
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
});
