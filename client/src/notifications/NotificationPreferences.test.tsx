import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationPreferences } from '../api/notifications';
import { jsonResponse, renderApp } from '../test/renderApp';
import { requestBody, requestUrl } from '../test/requests';

const SAVED: NotificationPreferences = {
  types: [
    { type: 'mention', inApp: true, email: true },
    { type: 'reaction', inApp: true, email: false },
  ],
  digest: 'daily',
  timeZone: 'Europe/Paris',
  language: 'fr',
  quietHours: null,
  emailOutsideWorkingHours: false,
};

/** A server keeping preferences and mutes; `refuse` answers the next save with a validation problem. */
function stubServer(refuse?: Record<string, string[]>, mutesFail = () => false, preferencesFail = () => false) {
  const saves: unknown[] = [];
  let stored = SAVED;
  let mutes = [
    { kind: 'space', id: 's1', name: 'Cycling club' },
    { kind: 'conversation', id: 'p9', name: null },
    { kind: 'messages', id: 'u5', name: 'Inès Girard' },
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      const method = init?.method ?? 'GET';
      if (url.pathname === '/api/v1/notifications/preferences' && method === 'PUT') {
        saves.push(JSON.parse(requestBody(init)));
        if (refuse) {
          return new Response(JSON.stringify({ title: 'One or more validation errors occurred.', status: 400, errors: refuse }), {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          });
        }
        stored = saves.at(-1) as NotificationPreferences;
        return jsonResponse({ ...stored, keptForDays: 180 });
      }
      if (url.pathname === '/api/v1/notifications/preferences') {
        return preferencesFail()
          ? jsonResponse({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json')
          : jsonResponse({ ...stored, keptForDays: 180 });
      }
      if (url.pathname === '/api/v1/notifications/mutes') {
        return mutesFail() ? jsonResponse({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json') : jsonResponse({ items: mutes });
      }
      if (url.pathname === '/api/v1/notifications/mutes/space/s1' && method === 'DELETE') {
        mutes = mutes.filter((mute) => mute.id !== 's1');
        return new Response(null, { status: 204 });
      }
      return new Response(null, { status: 404 });
    }),
  );
  return saves;
}

describe('notification preferences', () => {
  it('shows the saved preferences, saves the changes and shows them again', async () => {
    const saves = stubServer();
    await renderApp({ path: '/notifications/preferences' });

    const reactionsByEmail = await screen.findByRole('checkbox', { name: 'Reactions In the e-mail digest' });
    expect((reactionsByEmail as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: /^Time zone/ }).value).toBe('Europe/Paris');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Allow e-mails outside working hours' }).checked).toBe(false);
    expect(screen.getByText(/right to disconnect/)).toBeDefined();
    expect(screen.getByText('Notifications are deleted 180 days after their latest activity, read or not.')).toBeDefined();

    fireEvent.click(reactionsByEmail);
    fireEvent.change(screen.getByRole('combobox', { name: 'E-mail digest' }), { target: { value: 'weekly' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hold notifications during quiet hours' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '21:30' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Time zone/ }), { target: { value: 'America/Toronto' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language of e-mails' }), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));

    expect((await screen.findByRole('status')).textContent).toBe('Your preferences are saved.');
    expect(saves).toEqual([
      {
        types: [
          { type: 'mention', inApp: true, email: true },
          { type: 'reaction', inApp: true, email: true },
        ],
        digest: 'weekly',
        timeZone: 'America/Toronto',
        language: 'en',
        quietHours: { start: '21:30', end: '08:00' },
        emailOutsideWorkingHours: false,
      },
    ]);
    expect(screen.getByLabelText<HTMLInputElement>('Until').value).toBe('08:00');
  });

  it('points at the field the server refused', async () => {
    stubServer({ timeZone: ['This time zone is unknown.'] });
    await renderApp({ path: '/notifications/preferences', language: 'fr' });

    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer les préférences' }));

    expect(await screen.findByRole('heading', { name: 'Il y a un problème' })).toBeDefined();
    fireEvent.click(screen.getByRole('link', { name: 'This time zone is unknown.' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /^Fuseau horaire/ }));
    expect(screen.getByRole('combobox', { name: /^Fuseau horaire/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('lists what is muted and unmutes it', async () => {
    stubServer();
    await renderApp({ path: '/notifications/preferences' });
    const muted = await screen.findByRole('region', { name: 'Muted conversations and spaces' });
    expect((await within(muted).findByRole('link', { name: 'A conversation' })).getAttribute('href')).toBe('/posts/p9');
    expect(within(muted).getByRole('link', { name: 'Inès Girard' }).getAttribute('href')).toBe('/messages/u5');
    expect(within(muted).getByRole('link', { name: 'Inès Girard' }).closest('li')?.textContent).toMatch(/^Messages/);

    fireEvent.click(within(muted).getByRole('button', { name: 'Unmute Cycling club' }));

    await waitFor(() => expect(within(muted).queryByRole('link', { name: 'Cycling club' })).toBeNull());
    expect(within(muted).getByRole('link', { name: 'A conversation' })).toBeDefined();
  });

  it('says when what is muted could not be loaded, in French, and loads it again when asked', async () => {
    let fail = true;
    stubServer(undefined, () => fail);
    await renderApp({ path: '/notifications/preferences', language: 'fr' });
    const muted = await screen.findByRole('region', { name: 'Conversations et espaces en sourdine' });

    const failure = await within(muted).findByRole('alert');
    fail = false;
    fireEvent.click(within(failure).getByRole('button', { name: 'Réessayer' }));

    expect(await within(muted).findByRole('link', { name: 'Cycling club' })).toBeDefined();
    expect(within(muted).queryByRole('alert')).toBeNull();
  });

  it('says when the preferences could not be loaded and loads them again when asked', async () => {
    let fail = true;
    stubServer(undefined, () => false, () => fail);
    await renderApp({ path: '/notifications/preferences' });

    const failure = await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Save preferences' })).toBeNull();
    fail = false;
    fireEvent.click(within(failure).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('button', { name: 'Save preferences' })).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
