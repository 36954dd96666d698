import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import { getMe, type Capability, type Me } from '../api/identity';
import { AuthContext, type Auth, type AuthStatus } from './authContext';
import { restoreUser, signIn, signOut as endSession } from './session';
import { userManager } from './userManager';

interface Session {
  status: AuthStatus;
  user: User | null;
}

interface Profile {
  subject: string;
  me: Me | null;
  failed: boolean;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading', user: null });
  const [profile, setProfile] = useState<Profile | null>(null);
  const signingOut = useRef(false);

  useEffect(() => {
    let active = true;
    const loaded = (user: User) => setSession({ status: 'signedIn', user });
    const unloaded = () => setSession({ status: signingOut.current ? 'signingOut' : 'signedOut', user: null });
    userManager.events.addUserLoaded(loaded);
    userManager.events.addUserUnloaded(unloaded);

    // An event may have settled the session first (the sign-in callback, a renewal): it wins.
    const settle = (user: User | null) => {
      if (active) {
        setSession((current) =>
          current.status === 'loading' ? { status: user ? 'signedIn' : 'signedOut', user } : current,
        );
      }
    };
    restoreUser().then(settle, () => settle(null));

    return () => {
      active = false;
      userManager.events.removeUserLoaded(loaded);
      userManager.events.removeUserUnloaded(unloaded);
    };
  }, []);

  // Renewed tokens keep the same subject, so /me is asked once per person and not on every renewal.
  const subject = session.user?.profile.sub ?? null;
  useEffect(() => {
    if (!subject) {
      return;
    }
    const controller = new AbortController();
    getMe(controller.signal).then(
      (me) => setProfile({ subject, me, failed: false }),
      () => {
        if (!controller.signal.aborted) {
          setProfile({ subject, me: null, failed: true });
        }
      },
    );
    return () => controller.abort();
  }, [subject]);

  const current = profile !== null && profile.subject === subject ? profile : null;
  const me = current?.me ?? null;

  const signOut = useCallback(async () => {
    signingOut.current = true;
    try {
      await endSession();
    } catch (error) {
      signingOut.current = false;
      const user = await userManager.getUser();
      setSession({ status: user ? 'signedIn' : 'signedOut', user });
      throw error;
    }
  }, []);

  const can = useCallback((capability: Capability) => me?.capabilities.includes(capability) ?? false, [me]);

  const auth = useMemo<Auth>(
    () => ({ ...session, me, meFailed: current?.failed ?? false, can, signIn, signOut }),
    [session, me, current, can, signOut],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
