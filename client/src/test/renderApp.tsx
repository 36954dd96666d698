import { render } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { App } from '../App';
import type { Me } from '../api/identity';
import { userManager } from '../auth/userManager';
import { createI18n } from '../i18n';
import type { Language } from '../i18n/language';
import { requestUrl } from './requests';

export const ADMIN: Me = {
  id: '00000000-0000-0000-0000-00000000ad01',
  email: 'ada.admin@example.test',
  displayName: 'Ada Admin',
  roles: ['Employee', 'Admin'],
  capabilities: ['UseCompanyDirectory', 'AdministerAccounts', 'ModeratePlatform', 'ReadAuditLog', 'ViewParticipationAnalytics'],
};

export const EMPLOYEE: Me = {
  id: '00000000-0000-0000-0000-00000000e001',
  email: 'eve.employee@example.test',
  displayName: 'Eve Employee',
  roles: ['Employee'],
  capabilities: ['UseCompanyDirectory'],
};

export const ACCESS_TOKEN = 'test-access-token';

/**
 * What the bell and the navigation's messages badge ask for on every page, answered for tests about
 * something else as an empty inbox with no unread messages.
 */
function emptyInbox(path: string): Response | null {
  if (path === '/api/v1/notifications') {
    return jsonResponse({ items: [], nextCursor: null });
  }
  if (path === '/api/v1/notifications/changes') {
    return jsonResponse({ items: [], sequence: 0, unread: 0, hasMore: false });
  }
  if (path === '/api/v1/messages/unread') {
    return jsonResponse({ conversations: 0 });
  }
  return null;
}

/** Keeps a user in the tab's store as a finished sign-in would, and answers /me for them. */
async function signInAs(me: Me, withEmptyInbox: boolean): Promise<void> {
  await userManager.storeUser(
    new User({
      access_token: ACCESS_TOKEN,
      token_type: 'Bearer',
      profile: { sub: me.id, iss: window.location.origin, aud: 'enterprisesocial-web', exp: 0, iat: 0, name: me.displayName },
      expires_at: Math.floor(Date.now() / 1000) + 3600,
    }),
  );
  const inner = globalThis.fetch;
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const path = requestUrl(input).pathname;
      if (path === '/api/v1/identity/me') {
        return Promise.resolve(jsonResponse(me));
      }
      const inbox = withEmptyInbox ? emptyInbox(path) : null;
      return inbox ? Promise.resolve(inbox) : inner(input, init);
    }),
  );
}

/**
 * Renders the whole application at a path. By default an administrator is signed in;
 * `as: null` renders it for someone who is not. Their inbox is empty unless `emptyInbox: false`
 * leaves the notification and unread messages requests to the test's own server.
 */
export async function renderApp({
  path = '/',
  language = 'en',
  as = ADMIN,
  emptyInbox: withEmptyInbox = true,
}: { path?: string; language?: Language; as?: Me | null; emptyInbox?: boolean } = {}) {
  if (as) {
    await signInAs(as, withEmptyInbox);
  }
  const i18n = createI18n(language);
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[path]}>
          <App />
        </MemoryRouter>
      </I18nextProvider>,
    ),
  };
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}
