import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { badge, praise, stubApi } from '../test/recognitionFixtures';

function profile(id: string, displayName: string) {
  return {
    id, displayName, email: 'someone@example.test', jobTitle: '', department: 'Design', site: '', isFormerEmployee: false, followerCount: 0,
    followingCount: 0, followedByMe: false, avatarVersion: 0, phone: '', pronouns: '', bioHtml: '', bioMarkdown: '', languages: [], skills: [],
    askMeAbout: [], manager: null, directReports: [],
  };
}

/** A person's profile with two badges and two praise received, recording hide and show requests. */
function stubServer(personId: string, displayName: string) {
  const me = { ...praise('p1').receivers[0], id: personId, displayName };
  return stubApi({
    [`GET /api/v1/profiles/${personId}`]: () => jsonResponse(profile(personId, displayName)),
    [`GET /api/v1/activity/feeds/people/${personId}`]: () => jsonResponse({ items: [], nextCursor: null }),
    [`GET /api/v1/recognition/people/${personId}`]: () =>
      jsonResponse({
        badges: [
          { badge: badge('b1'), count: 3 },
          { badge: badge('a1', { kind: 'achievement', name: { fr: 'Première publication', en: 'First post' }, icon: 'sparkles' }), count: 1 },
        ],
        praise: [praise('p1', { receivers: [me], message: 'Thanks for the onboarding' }), praise('p2', { receivers: [me], message: 'Great demo', hiddenByMe: true })],
      }),
    'PUT /api/v1/recognition/praise/p1/hidden': () => new Response(null, { status: 204 }),
    'DELETE /api/v1/recognition/praise/p2/hidden': () => new Response(null, { status: 204 }),
  });
}

const card = (message: string) => screen.getByText(message).closest('article') as HTMLElement;

describe('recognition on a profile', () => {
  it('shows my badges with how often I received them, and hides or shows a praise on my profile', async () => {
    const requests = stubServer(EMPLOYEE.id, EMPLOYEE.displayName);
    await renderApp({ path: `/people/${EMPLOYEE.id}`, as: EMPLOYEE });

    const badges = await screen.findByRole('region', { name: 'Badges' });
    expect(within(badges).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Team spirit b1×3received 3 times',
      'First post×1received once',
    ]);
    await screen.findByText('Thanks for the onboarding');
    expect(within(card('Great demo')).getByText(/only you see it here/)).toBeTruthy();

    fireEvent.click(within(card('Thanks for the onboarding')).getByRole('button', { name: 'Hide from my profile' }));
    expect(await within(card('Thanks for the onboarding')).findByRole('button', { name: 'Show on my profile' })).toBeTruthy();
    fireEvent.click(within(card('Great demo')).getByRole('button', { name: 'Show on my profile' }));
    await waitFor(() => expect(within(card('Great demo')).queryByText(/only you see it here/)).toBeNull());

    expect(requests.filter((r) => r.path.endsWith('/hidden')).map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /api/v1/recognition/praise/p1/hidden',
      'DELETE /api/v1/recognition/praise/p2/hidden',
    ]);
    expect(screen.queryByRole('link', { name: /^Praise / })).toBeNull();
  });

  it('offers to praise a colleague from their profile, without the hide buttons', async () => {
    stubServer('p-camille', 'Camille Martin');
    await renderApp({ path: '/people/p-camille', as: EMPLOYEE, language: 'fr' });

    expect((await screen.findByRole('link', { name: 'Féliciter Camille Martin' })).getAttribute('href')).toBe('/recognition/praise?to=p-camille');
    await screen.findByRole('region', { name: 'Félicitations reçues' });
    expect(screen.queryByRole('button', { name: 'Masquer de mon profil' })).toBeNull();
  });
});
