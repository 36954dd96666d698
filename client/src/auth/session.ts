import type { User } from 'oidc-client-ts';
import { safeReturnPath } from './returnPath';
import { userManager } from './userManager';
import { forgetDrafts } from '../components/useDraft';

interface SignInState {
  returnTo: string;
}

// Set while the browser is on its way to the server, so that a guard reacting to the user being
// removed (sign-out, expiry) does not start a second, competing redirect.
let leaving = false;

let callback: { url: string; returnTo: Promise<string> } | null = null;

const SIGNED_IN_AT_KEY = 'enterprisesocial.signedInAt';
// A token refused this soon after signing in would be refused again: signing in anew would loop.
const FRESH_SIGN_IN_MS = 30_000;

export async function storedAccessToken(): Promise<string | null> {
  const user = await userManager.getUser();
  return user?.access_token ?? null;
}

/** The user kept in this tab, renewed with its refresh token if the access token expired meanwhile. */
export async function restoreUser(): Promise<User | null> {
  const user = await userManager.getUser();
  if (!user?.expired) {
    return user;
  }
  if (user.refresh_token) {
    try {
      return await userManager.signinSilent();
    } catch {
      // The refresh token was revoked or expired: the person signs in again.
    }
  }
  await userManager.removeUser();
  return null;
}

export async function signIn(returnTo: string): Promise<void> {
  if (leaving) {
    return;
  }
  leaving = true;
  try {
    const state: SignInState = { returnTo: safeReturnPath(returnTo) };
    await userManager.signinRedirect({ state });
  } finally {
    leaving = false;
  }
}

/** Handles the authorization response once, even if React runs the calling effect twice. */
export function completeSignIn(url: string = window.location.href): Promise<string> {
  if (callback?.url !== url) {
    window.sessionStorage.setItem(SIGNED_IN_AT_KEY, String(Date.now()));
    const returnTo = userManager
      .signinCallback(url)
      .then((user) => safeReturnPath((user?.state as SignInState | undefined)?.returnTo));
    callback = { url, returnTo };
  }
  return callback.returnTo;
}

export async function signOut(): Promise<void> {
  if (leaving) {
    return;
  }
  leaving = true;
  forgetDrafts();
  try {
    await userManager.signoutRedirect();
  } finally {
    leaving = false;
  }
}

/** The server refused the token: forget it, and the route guard sends the person to sign in again. */
export async function sessionExpired(): Promise<void> {
  const signedInAt = Number(window.sessionStorage.getItem(SIGNED_IN_AT_KEY) ?? 0);
  if (!leaving && Date.now() - signedInAt >= FRESH_SIGN_IN_MS) {
    await userManager.removeUser();
  }
}
