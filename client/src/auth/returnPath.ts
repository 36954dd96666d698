/**
 * Accepts only a path on this origin, so a crafted link cannot send someone elsewhere after
 * signing in: "//host", "/\host", "https://host" and "javascript:" all fall back to the home page.
 */
export function safeReturnPath(value: unknown, origin: string = window.location.origin): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  try {
    // The URL parser removes tabs and new lines and reads "\" as "/", as browsers do on navigation.
    const url = new URL(value, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
