import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from './i18n/language';
import { renderApp } from './test/renderApp';

describe('application shell', () => {
  it('renders the landmarks and navigation in English', async () => {
    await renderApp({ language: 'en' });

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    for (const name of ['Home', 'People', 'Spaces', 'Recognition', 'Messages', 'Notifications', 'Admin']) {
      expect(within(nav).getByRole('link', { name })).toBeTruthy();
    }
    expect(within(nav).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.title).toBe('Home · EnterpriseSocial'));
  });

  it('renders the landmarks and navigation in French', async () => {
    await renderApp({ language: 'fr' });

    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    for (const name of ['Accueil', 'Personnes', 'Espaces', 'Reconnaissance', 'Messages', 'Notifications', 'Administration']) {
      expect(within(nav).getByRole('link', { name })).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Accueil' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    await waitFor(() => expect(document.title).toBe('Accueil · EnterpriseSocial'));
  });

  it('puts the skip link first and sends focus to main', async () => {
    await renderApp();
    await screen.findByRole('navigation', { name: 'Main navigation' });
    const skip = screen.getByRole('link', { name: 'Skip to content' });

    expect(document.body.querySelector('a, button')).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('switches language, persists the choice and updates <html lang>', async () => {
    await renderApp({ language: 'en' });
    await screen.findByRole('navigation', { name: 'Main navigation' });
    const switcher = screen.getByRole('group', { name: 'Language' });

    fireEvent.click(within(switcher).getByRole('button', { name: /^FR/ }));

    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Langue' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('button', { name: /^FR/ }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('opens the menu with its button and closes it with Escape', async () => {
    await renderApp();
    // Once the page is shown no navigation is pending, which would close the menu again.
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    const button = await screen.findByRole('button', { name: 'Menu' });
    const list = document.getElementById(button.getAttribute('aria-controls') ?? '');

    expect(list).not.toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(list?.classList.contains('is-open')).toBe(true);

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(list?.classList.contains('is-open')).toBe(false);
  });

  it('shows a translated not-found page with a link home', async () => {
    await renderApp({ path: '/no/such/page', language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: "Retour à l'accueil" }));
    expect(screen.getByRole('heading', { level: 1, name: 'Accueil' })).toBeTruthy();
  });

  it.each([
    ['/spaces', 'Spaces'],
    ['/notifications', 'Notifications'],
  ])('renders the %s section page', async (path, heading) => {
    await renderApp({ path });

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(screen.getByRole('link', { name: heading }).getAttribute('aria-current')).toBe('page');
  });
});
