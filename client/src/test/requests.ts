/** Where a request made through a stubbed fetch goes, whether the caller gave a path, a URL or a Request. */
export function requestUrl(input: RequestInfo | URL): URL {
  return new URL(input instanceof Request ? input.url : input, window.location.origin);
}

/** The JSON text a request made through a stubbed fetch sends; empty when it sends none (or a form). */
export function requestBody(init?: RequestInit): string {
  return typeof init?.body === 'string' ? init.body : '';
}
