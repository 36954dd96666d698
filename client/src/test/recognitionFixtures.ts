import { vi } from 'vitest';
import type { Badge, Praise, RecognitionPerson } from '../api/recognition';
import { jsonResponse } from './renderApp';
import { requestBody, requestUrl } from './requests';

export const CAMILLE: RecognitionPerson = { id: 'p-camille', displayName: 'Camille Martin', avatarVersion: 0, department: 'Design' };
export const OLIVER: RecognitionPerson = { id: 'p-oliver', displayName: 'Oliver Brown', avatarVersion: 0, department: 'Engineering' };

export function badge(id: string, overrides: Partial<Badge> = {}): Badge {
  return {
    id, kind: 'praise', name: { fr: `Esprit d'équipe ${id}`, en: `Team spirit ${id}` }, description: { fr: 'Pour un coup de main', en: 'For a helping hand' },
    value: 'Collaboration', icon: 'handshake', imageVersion: 0, retired: false, achievementKey: null, ...overrides,
  };
}

export function praise(id: string, overrides: Partial<Praise> = {}): Praise {
  return {
    id, giver: CAMILLE, receivers: [OLIVER], badge: badge('b1'), message: `Thanks for the review ${id}`, space: null,
    createdAt: new Date().toISOString(), hiddenByMe: false, ...overrides,
  };
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  body: string;
}

/** Answers by "METHOD path", recording each request; anything else is a 404. */
export function stubApi(routes: Record<string, Handler>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      const method = init?.method ?? 'GET';
      requests.push({ method, path: url.pathname, search: url.searchParams, body: requestBody(init) });
      const handler = routes[`${method} ${url.pathname}`];
      return handler ? handler(url, init) : new Response(null, { status: 404 });
    }),
  );
  return requests;
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return jsonResponse({ status, ...body }, status, 'application/problem+json');
}
