import { sessionExpired, storedAccessToken } from '../auth/session';

/** RFC 9457 problem details, as the server answers every error. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | null;
  /** Seconds to wait before trying again, from a 429's Retry-After header. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: ProblemDetails | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export type QueryValue = string | number | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Sign-in and password endpoints are called before anyone is signed in: no token, and a 401 means nothing special. */
  anonymous?: boolean;
  /** Sent even if the page is closed meanwhile: for what a page says as it goes away. */
  keepalive?: boolean;
}

/** Builds a same-origin URL, leaving out empty parameters so the server applies its own defaults. */
export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') {
      params.set(name, String(value));
    }
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) {
    return null;
  }
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as ProblemDetails) : null;
  } catch {
    return null;
  }
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) {
    return null;
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim());
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export async function request<T>(
  method: string,
  path: string,
  { query, body, signal, headers: extraHeaders, anonymous = false, keepalive }: RequestOptions = {},
): Promise<T> {
  // The server words its problems in the language the page is shown in (<html lang>, kept by i18n).
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': document.documentElement.lang || 'en',
    ...extraHeaders,
  };
  // A form (a file upload) sets its own multipart content type, boundary included.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) {
    headers['Content-Type'] = 'application/json';
  }
  const token = anonymous ? null : await storedAccessToken();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }

  const response = await fetch(buildUrl(path, query), {
    method,
    headers,
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    signal,
    keepalive,
  });
  if (response.status === 401 && !anonymous) {
    await sessionExpired();
  }
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), parseRetryAfter(response.headers.get('Retry-After')));
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  return (contentType.includes('json') ? await response.json() : undefined) as T;
}

export function getJson<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, { query, signal });
}

export function sendJson<T = void>(
  method: 'POST' | 'PUT',
  path: string,
  body?: unknown,
  options: Pick<RequestOptions, 'anonymous' | 'signal'> = {},
): Promise<T> {
  return request<T>(method, path, { ...options, body });
}

/** The messages a validation problem gives for each field. */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const errors = error instanceof ApiError ? error.problem?.errors : undefined;
  return typeof errors === 'object' && errors !== null ? (errors as Record<string, string[]>) : {};
}

/**
 * Whether the server says an address names nothing: 404, or 400 when the id in it is not even
 * well formed. Any other failure says nothing about whether the thing exists, and can be tried again.
 */
export function namesNothing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}
