import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/identity';
import { AuthContext, type Auth } from '../auth/authContext';
import { EMPLOYEE } from '../test/renderApp';
import { forgetDrafts, useDraft } from './useDraft';

function signedIn(me: Me | null): Auth {
  return { status: 'signedIn', user: null, me, meFailed: false, can: () => true, signIn: async () => {}, signOut: async () => {} };
}

function renderDraft(place: string, me: Me | null) {
  let auth = signedIn(me);
  const wrapper = ({ children }: { children: ReactNode }) => <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
  const hook = renderHook(({ where }) => useDraft(where), { wrapper, initialProps: { where: place } });
  return {
    ...hook,
    becomes: (next: Me | null, where = place) => {
      auth = signedIn(next);
      hook.rerender({ where });
    },
  };
}

describe('a draft', () => {
  it('is kept per writer and per place, and forgotten once emptied', () => {
    const first = renderDraft('comment-p1', EMPLOYEE);
    act(() => first.result.current[1]('Half a comment'));
    first.unmount();

    expect(renderDraft('comment-p1', EMPLOYEE).result.current[0]).toBe('Half a comment');
    expect(renderDraft('comment-p2', EMPLOYEE).result.current[0]).toBe('');
    expect(renderDraft('comment-p1', { ...EMPLOYEE, id: 'someone-else' }).result.current[0]).toBe('');

    const again = renderDraft('comment-p1', EMPLOYEE);
    act(() => again.result.current[1]('   '));
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('typed before the writer is known is neither lost nor kept for nobody', () => {
    const draft = renderDraft('post:streams', null);
    act(() => draft.result.current[1]('Typed early'));
    expect(Object.keys(sessionStorage)).toEqual([]);

    draft.becomes(EMPLOYEE);

    expect(draft.result.current[0]).toBe('Typed early');
    act(() => draft.result.current[1]('Typed early, then more'));
    expect(Object.values(sessionStorage)).toEqual(['Typed early, then more']);
  });

  it('is not carried to another place', () => {
    const draft = renderDraft('comment-p1', EMPLOYEE);
    act(() => draft.result.current[1]('About p1'));

    draft.becomes(EMPLOYEE, 'comment-p2');

    expect(draft.result.current[0]).toBe('');
  });

  it('is forgotten on signing out, with no other stored value touched', () => {
    sessionStorage.setItem('oidc.something', 'kept');
    const draft = renderDraft('post:streams', EMPLOYEE);
    act(() => draft.result.current[1]('Private words'));

    forgetDrafts();

    expect(Object.entries(sessionStorage)).toEqual([['oidc.something', 'kept']]);
  });
});
