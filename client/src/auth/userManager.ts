import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export const CLIENT_ID = 'enterprisesocial-web';
export const CALLBACK_PATH = '/signin-callback';

/** The server is its own OpenID Connect provider on the client's origin. */
function createUserManager(origin: string): UserManager {
  return new UserManager({
    authority: origin,
    client_id: CLIENT_ID,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email roles offline_access api',
    // Tokens last as long as the tab: a new tab signs in again through the server's session cookie.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // With offline_access the renewal uses the rotating refresh token, so no hidden iframe is needed.
    automaticSilentRenew: true,
    revokeTokensOnSignout: true,
  });
}

export const userManager = createUserManager(window.location.origin);
