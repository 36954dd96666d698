import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FieldRule, ProfileDetails } from '../api/profiles';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const ME: ProfileDetails = {
  id: EMPLOYEE.id, displayName: 'Eve Employee', email: EMPLOYEE.email, jobTitle: 'Engineer', department: 'R&D', site: 'Lyon',
  isFormerEmployee: false, followerCount: 0, followingCount: 0, followedByMe: false, avatarVersion: 0, phone: '', pronouns: '',
  bioHtml: '', bioMarkdown: '', languages: [], skills: ['Go'], askMeAbout: [], manager: null, directReports: [],
};

const RULES: FieldRule[] = [
  { field: 'jobTitle', editableByEmployee: false },
  { field: 'phone', editableByEmployee: true },
  { field: 'pronouns', editableByEmployee: true },
  { field: 'bio', editableByEmployee: true },
  { field: 'skills', editableByEmployee: true },
];

function stubServer(answers: { patch?: Response; avatar?: Response; rules?: () => Response }) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    const method = init?.method ?? 'GET';
    sent.push({ method, path: url.pathname, body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body });
    if (url.pathname.endsWith('/field-rules')) return answers.rules?.() ?? jsonResponse(RULES);
    if (method === 'PATCH') return answers.patch ?? new Response(null, { status: 204 });
    if (url.pathname.endsWith('/avatar')) return answers.avatar ?? jsonResponse({ version: 1 });
    return jsonResponse(ME);
  }));
  return sent;
}

describe('Edit my profile', () => {
  it('sends only what employees may edit and keeps directory fields read-only', async () => {
    const sent = stubServer({});
    await renderApp({ path: '/people/me/edit', as: EMPLOYEE });

    expect((await screen.findByLabelText<HTMLInputElement>('Job title')).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Pronouns'), { target: { value: 'she/her' } });
    fireEvent.change(screen.getByLabelText('Skills'), { target: { value: 'Go, Rust , ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Your profile is saved.')).toBeTruthy();
    const patch = sent.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ pronouns: 'she/her', skills: ['Go', 'Rust'] });
  });

  it('shows the server\'s message next to the field it refuses', async () => {
    stubServer({ patch: jsonResponse({ status: 400, title: 'Bad Request', errors: { phone: ['A phone number of digits.'] } }, 400, 'application/problem+json') });
    await renderApp({ path: '/people/me/edit', as: EMPLOYEE });

    fireEvent.change(await screen.findByLabelText('Phone'), { target: { value: 'call me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getAllByText('A phone number of digits.').length).toBeGreaterThan(0));
  });

  it('explains why a photo was refused', async () => {
    const sent = stubServer({ avatar: jsonResponse({ status: 422, title: 'Unprocessable Entity', detail: 'Only PNG, JPEG and WebP images are accepted.' }, 422, 'application/problem+json') });
    await renderApp({ path: '/people/me/edit', as: EMPLOYEE });

    const file = new File(['not an image'], 'me.png', { type: 'image/png' });
    fireEvent.change(await screen.findByLabelText('Choose a photo'), { target: { files: [file] } });

    expect((await screen.findByRole('alert')).textContent).toBe('Only PNG, JPEG and WebP images are accepted.');
    const upload = sent.find((request) => request.path.endsWith('/avatar'));
    expect(upload?.body).toBeInstanceOf(FormData);
  });

  it('says when the profile could not be loaded, in French, and loads it again when asked', async () => {
    let fail = true;
    stubServer({ rules: () => (fail ? jsonResponse({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json') : jsonResponse(RULES)) });
    await renderApp({ path: '/people/me/edit', as: EMPLOYEE, language: 'fr' });

    const failure = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Modifier mon profil');
    expect(screen.queryByRole('status')).toBeNull();
    fail = false;
    fireEvent.click(within(failure).getByRole('button', { name: 'Réessayer' }));

    expect((await screen.findByLabelText<HTMLInputElement>('Pronoms')).disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
