import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { post } from '../test/postFixtures';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

function stubServer() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      requestUrl(input).pathname === '/api/v1/activity/feeds/company'
        ? jsonResponse({ items: [post('p1', '<p>Quarterly results</p>')], nextCursor: null })
        : new Response(null, { status: 404 }),
    ),
  );
}

function stubClipboard(answer: () => Promise<void>) {
  const writeText = vi.fn((text: string) => (text ? answer() : Promise.reject(new Error('Nothing to copy'))));
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

async function copyFromMenu(moreLabel: string, copyLabel: string) {
  const card = (await screen.findByText('Quarterly results')).closest('article')!;
  fireEvent.click(within(card).getByText(moreLabel));
  fireEvent.click(within(card).getByRole('button', { name: copyLabel }));
  return card;
}

describe("copying a post's link", () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it("copies the post's own address and says so, focus back on the menu", async () => {
    stubServer();
    const writeText = stubClipboard(() => Promise.resolve());
    await renderApp({ path: '/company', as: EMPLOYEE });

    const card = await copyFromMenu('More', 'Copy link');

    expect((await within(card).findByRole('status')).textContent).toBe('Link copied.');
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/posts/p1`);
    expect(document.activeElement?.textContent).toBe('More');
  });

  it('shows the link to copy by hand when the browser refuses, in French', async () => {
    stubServer();
    stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await renderApp({ path: '/company', as: EMPLOYEE, language: 'fr' });

    const card = await copyFromMenu('Plus', 'Copier le lien');

    expect((await within(card).findByRole('status')).textContent).toBe(`Le lien n'a pas pu être copié\u00a0; le voici\u00a0: ${window.location.origin}/posts/p1`);
  });
});
