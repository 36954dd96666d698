import { createContext, useContext } from 'react';
import type { User } from 'oidc-client-ts';
import type { Capability, Me } from '../api/identity';

export type AuthStatus = 'loading' | 'signedOut' | 'signedIn' | 'signingOut';

export interface Auth {
  status: AuthStatus;
  user: User | null;
  /** The signed-in person as the server sees them; null until /me has answered. */
  me: Me | null;
  meFailed: boolean;
  can: (capability: Capability) => boolean;
  signIn: (returnPath: string) => Promise<void>;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth must be used inside <AuthProvider>.');
  }
  return auth;
}
