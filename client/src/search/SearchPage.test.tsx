import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Post } from '../api/activity';
import type { DirectoryPerson } from '../api/profiles';
import type { FileFound, MessageFound, SearchResult } from '../api/search';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const AUTHOR = { id: 'a1', displayName: 'Camille Martin', jobTitle: 'Designer', avatarVersion: 0, isFormerEmployee: false };

function result(id: string, text: string, overrides: Partial<SearchResult['match']> = {}, post: Partial<Post> = {}): SearchResult {
  return {
    post: {
      id, kind: 'post', author: AUTHOR, bodyHtml: `<p>${text}</p>`, bodyMarkdown: text, createdAt: new Date().toISOString(), editedAt: null,
      deleted: false, topics: [], mentions: [], sharedPost: null, commentCount: 0, reactions: { like: 0, celebrate: 0, insightful: 0, support: 0, curious: 0 },
      myReaction: null, saved: false, attachments: [], poll: null, bestAnswerId: null, announcement: null, ...post,
    },
    match: { in: 'post', commentId: null, text, highlights: [], ...overrides },
  };
}

const REUNION = result('p1', 'La Réunion du comité à Orléans', { highlights: [{ start: 3, length: 7 }, { start: 23, length: 7 }] }, {
  space: { id: 's1', name: 'Design guild' },
});

const MINUTES = {
  file: { id: 'f1', kind: 'file', fileName: 'Compte-rendu réunion.pdf', contentType: 'application/pdf', size: 2048, width: 0, height: 0, url: '/api/v1/activity/attachments/f1/content' },
  post: { id: 'p9', author: AUTHOR, createdAt: new Date().toISOString(), excerpt: 'Minutes of the committee', space: { id: 's1', name: 'Design guild' } },
} satisfies FileFound;

const FROM_INES = {
  id: 'm1', person: { id: 'i1', displayName: 'Inès Girard', jobTitle: 'Data analyst', avatarVersion: 0, isFormerEmployee: false }, fromMe: false,
  sentAt: new Date().toISOString(), text: 'La réunion de Orléans est déplacée', highlights: [{ start: 3, length: 7 }, { start: 14, length: 7 }],
} satisfies MessageFound;

interface Answers {
  people?: DirectoryPerson[];
  spaces?: unknown[];
  files?: FileFound[];
  messages?: MessageFound[];
  /** Pages of posts by cursor ('' for the first), or a status code to fail with. */
  posts?: Record<string, { items: SearchResult[]; nextCursor: string | null }> | number;
}

/** A server answering the five searches; it records what each was asked. */
function stubSearch({ people = [], spaces = [], files = [], messages = [], posts = { '': { items: [], nextCursor: null } } }: Answers) {
  const asked: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = requestUrl(input);
      asked.push(url);
      if (url.pathname === '/api/v1/profiles') {
        return jsonResponse({ items: people, nextCursor: null });
      }
      if (url.pathname === '/api/v1/spaces') {
        return jsonResponse({ items: spaces, nextCursor: null });
      }
      if (url.pathname === '/api/v1/spaces/s1') {
        return jsonResponse({ id: 's1', name: 'Design guild', visibility: 'public', memberCount: 3 });
      }
      if (url.pathname === '/api/v1/activity/search/files') {
        return jsonResponse({ items: files, nextCursor: null });
      }
      if (url.pathname === '/api/v1/messages/search') {
        return jsonResponse({ items: messages, nextCursor: null });
      }
      if (url.pathname === '/api/v1/activity/search') {
        if (typeof posts === 'number') {
          return jsonResponse({ title: 'Failed', status: posts }, posts, 'application/problem+json');
        }
        return jsonResponse(posts[url.searchParams.get('cursor') ?? '']);
      }
      return new Response(null, { status: 404 });
    }),
  );
  return asked;
}

describe('search page', () => {
  it('searches from the top bar and shows people, spaces, files, messages and posts that lead to their pages', async () => {
    const asked = stubSearch({
      people: [{ id: 'o1', displayName: 'Oliver Brown', jobTitle: 'Engineer', department: null, site: null, managerId: null, matchedExpertise: ['Réunions agiles'] }],
      spaces: [{ id: 's1', name: 'Réunions', visibility: 'public', memberCount: 3 }],
      files: [MINUTES],
      messages: [FROM_INES, { ...FROM_INES, id: 'm2', fromMe: true, text: 'Réunion notée', highlights: [{ start: 0, length: 7 }] }],
      posts: { '': { items: [REUNION], nextCursor: null } },
    });
    await renderApp({ path: '/' });
    // The app settles first: a search typed while the top bar was still mounting was once lost (the page stayed home).
    await screen.findByRole('heading', { level: 1, name: 'Home' });

    const box = within(await screen.findByRole('search', { name: 'Search the network' }));
    fireEvent.change(box.getByRole('searchbox', { name: 'Search people, spaces, files, posts and your messages' }), { target: { value: '  réunion orleans ' } });
    fireEvent.click(box.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “réunion orleans”' })).toBeTruthy();
    const people = within(await screen.findByRole('region', { name: 'People' }));
    expect((await people.findByRole('link', { name: 'Oliver Brown' })).getAttribute('href')).toBe('/people/o1');
    expect(people.getByRole('listitem').textContent).toBe('OBOliver Brown — Engineer · Expertise: Réunions agiles');
    const spaces = within(screen.getByRole('region', { name: 'Spaces' }));
    expect((await spaces.findByRole('link', { name: 'Réunions' })).getAttribute('href')).toBe('/spaces/s1');
    const files = within(screen.getByRole('region', { name: 'Files' }));
    const download = await files.findByRole('link', { name: 'Compte-rendu réunion.pdf' });
    expect(download.getAttribute('href')).toBe('/api/v1/activity/attachments/f1/content');
    expect(download.getAttribute('download')).toBe('Compte-rendu réunion.pdf');
    expect(files.getByRole('listitem').textContent).toContain('(2 KB) — shared by Camille Martin');
    expect(files.getByRole('listitem').textContent).toContain('in Design guild');
    expect(files.getByRole('link', { name: 'Minutes of the committee' }).getAttribute('href')).toBe('/posts/p9');
    const messages = within(screen.getByRole('region', { name: 'Your messages' }));
    expect((await messages.findByRole('link', { name: 'Inès Girard wrote to you' })).getAttribute('href')).toBe('/messages/i1?at=m1');
    expect(messages.getByRole('link', { name: 'You wrote to Inès Girard' }).getAttribute('href')).toBe('/messages/i1?at=m2');
    const fromInes = within(messages.getAllByRole('listitem')[0]);
    expect(fromInes.getAllByText((_, element) => element?.tagName === 'MARK').map((mark) => mark.textContent)).toEqual(['réunion', 'Orléans']);
    expect(fromInes.getByRole('time')).toBeTruthy();

    const posts = within(screen.getByRole('region', { name: 'Posts' }));
    const card = within(await posts.findByRole('article', { name: 'Camille Martin' }));
    expect(card.getAllByText((_, element) => element?.tagName === 'MARK').map((mark) => mark.textContent)).toEqual(['Réunion', 'Orléans']);
    expect(card.getByRole('link', { name: 'Open the post' }).getAttribute('href')).toBe('/posts/p1');
    expect(card.getByRole('link', { name: 'Design guild' }).getAttribute('href')).toBe('/spaces/s1');
    expect(posts.queryByRole('button', { name: 'Load more posts' })).toBeNull();

    const search = asked.find((url) => url.pathname === '/api/v1/activity/search')!;
    expect(search.searchParams.get('q')).toBe('réunion orleans');
    expect(asked.find((url) => url.pathname === '/api/v1/spaces')!.searchParams.get('search')).toBe('réunion orleans');
    expect(asked.find((url) => url.pathname === '/api/v1/activity/search/files')!.searchParams.get('q')).toBe('réunion orleans');
    expect(asked.find((url) => url.pathname === '/api/v1/messages/search')!.searchParams.get('q')).toBe('réunion orleans');
    expect(document.title).toBe('Results for “réunion orleans” · EnterpriseSocial');
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('réunion orleans');
  });

  it('loads more posts on request and says when a post matched in a comment, leading to that comment', async () => {
    stubSearch({
      posts: {
        '': { items: [REUNION], nextCursor: 'next' },
        next: { items: [result('p2', 'Yes, eight', { in: 'comment', commentId: 'c1' })], nextCursor: null },
      },
    });
    await renderApp({ path: '/search?q=eight' });

    const posts = within(await screen.findByRole('region', { name: 'Posts' }));
    fireEvent.click(await posts.findByRole('button', { name: 'Load more posts' }));

    expect((await posts.findByRole('link', { name: 'Open the conversation' })).getAttribute('href')).toBe('/posts/p2?comment=c1');
    expect(posts.getByText('Found in a comment')).toBeTruthy();
    expect(posts.getAllByRole('article')).toHaveLength(2);
    expect(posts.queryByRole('button', { name: 'Load more posts' })).toBeNull();
  });

  it('says in one line after the results which kinds matched nothing, in French', async () => {
    stubSearch({ posts: { '': { items: [REUNION], nextCursor: null } } });
    await renderApp({ path: '/search?q=orleans', language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Résultats pour «\u00a0orleans\u00a0»' })).toBeTruthy();
    const unmatched = await screen.findByText('Personne ne correspond. Aucun espace ne correspond. Aucun fichier ne correspond. Aucun de vos messages ne correspond.');
    const posts = screen.getByRole('region', { name: 'Publications' });
    expect(within(posts).getAllByRole('article')).toHaveLength(1);
    expect(posts.compareDocumentPosition(unmatched) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Publications']);
    expect(screen.getByRole('search', { name: 'Rechercher dans le réseau' })).toBeTruthy();
  });

  it('says once when nothing matches, and searches afresh for other words', async () => {
    stubSearch({});
    await renderApp({ path: '/search?q=nowhere' });

    expect(await screen.findByText('Nothing matches this search.')).toBeTruthy();
    expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0);

    stubSearch({ people: [{ id: 'o1', displayName: 'Oliver Brown', jobTitle: 'Engineer', department: null, site: null, managerId: null, matchedExpertise: [] }] });
    const box = within(screen.getByRole('search', { name: 'Search the network' }));
    fireEvent.change(box.getByRole('searchbox'), { target: { value: 'oliver' } });
    fireEvent.click(box.getByRole('button', { name: 'Search' }));
    expect(await within(await screen.findByRole('region', { name: 'People' })).findByRole('link', { name: 'Oliver Brown' })).toBeTruthy();
    expect(await screen.findByText('No space matches. No file matches. None of your messages matches. No post matches.')).toBeTruthy();
  });

  it("searches one space's posts and files, names the space, and offers the whole network instead, in French", async () => {
    const asked = stubSearch({ files: [MINUTES], posts: { '': { items: [REUNION], nextCursor: null } } });
    await renderApp({ path: '/search?q=r%C3%A9union&space=s1', language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Résultats pour «\u00a0réunion\u00a0» dans Design guild' })).toBeTruthy();
    await screen.findByRole('region', { name: 'Publications' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Fichiers', 'Publications']);
    const searches = asked.filter((url) => url.pathname.startsWith('/api/v1/activity/search'));
    expect(searches.map((url) => url.searchParams.get('space'))).toEqual(['s1', 's1']);
    expect(asked.some((url) => ['/api/v1/profiles', '/api/v1/spaces', '/api/v1/messages/search'].includes(url.pathname))).toBe(false);
    expect(screen.getByRole('link', { name: 'Rechercher plutôt dans tout le réseau' }).getAttribute('href')).toBe('/search?q=r%C3%A9union');
  });

  it('shows an error when the search fails, and asks for words when there are none', async () => {
    stubSearch({ posts: 500 });
    const { unmount } = await renderApp({ path: '/search?q=budget' });
    const posts = within(await screen.findByRole('region', { name: 'Posts' }));
    expect((await posts.findByRole('alert')).textContent).toBe('Something went wrong. Please try again in a moment. Try again');
    expect(posts.queryByText('No post matches.')).toBeNull();
    unmount();

    const asked = stubSearch({});
    await renderApp({ path: '/search' });
    expect(await screen.findByText('Type a few words in the search box at the top of the page.')).toBeTruthy();
    expect(asked.some((url) => url.pathname === '/api/v1/activity/search')).toBe(false);
  });

  it('leaves people and messages out for someone without the company directory', async () => {
    const asked = stubSearch({ posts: { '': { items: [REUNION], nextCursor: null } } });
    await renderApp({ path: '/search?q=plans', as: { ...EMPLOYEE, capabilities: [] } });

    expect(await screen.findByText('No space matches. No file matches.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'People' })).toBeNull();
    expect(asked.some((url) => url.pathname === '/api/v1/profiles' || url.pathname === '/api/v1/messages/search')).toBe(false);
    expect(screen.getByRole('searchbox', { name: 'Search spaces, files and posts' })).toBeTruthy();
  });
});
