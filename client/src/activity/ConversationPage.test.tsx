import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Comment, Post } from '../api/activity';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const AUTHOR = { id: 'a1', displayName: 'Camille Martin', jobTitle: 'Designer', avatarVersion: 0, isFormerEmployee: false };
const NO_REACTIONS = { like: 0, celebrate: 0, insightful: 0, support: 0, curious: 0 };

const QUESTION: Post = {
  id: 'q1', kind: 'question', author: AUTHOR, bodyHtml: '<p>Which route on Friday?</p>', bodyMarkdown: 'Which route on Friday?', createdAt: new Date().toISOString(),
  editedAt: null, deleted: false, topics: [], mentions: [], sharedPost: null, commentCount: 1, reactions: NO_REACTIONS, myReaction: null, saved: false,
  attachments: [], poll: null, bestAnswerId: null, announcement: null, space: { id: 's1', name: 'Cycling club' },
};

const ANSWER: Comment = {
  id: 'c1', author: { ...AUTHOR, id: 'a2', displayName: 'Oliver Brown' }, bodyHtml: '<p>Along the river.</p>', bodyMarkdown: 'Along the river.',
  createdAt: new Date().toISOString(), editedAt: null, deleted: false, reactions: NO_REACTIONS, myReaction: null, parentId: null, replyCount: 0, replies: [],
};

/** Answers the question, its comments and its space, each path in turn with the responses given. */
function stubServer(answers: Record<string, (Response | Promise<Response>)[]>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = requestUrl(input).pathname;
      return answers[path]?.shift() ?? jsonResponse({ items: [], nextCursor: null });
    }),
  );
}

describe('conversation page', () => {
  it('says the post could not be loaded, and shows it when asked again', async () => {
    stubServer({
      '/api/v1/activity/posts/q1': [new Response(null, { status: 503 }), jsonResponse(QUESTION)],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByRole('heading', { name: 'Page not found' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Which route on Friday?')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is not found when the server says there is no such post', async () => {
    stubServer({ '/api/v1/activity/posts/q1': [jsonResponse({ title: 'Not Found', status: 404 }, 404, 'application/problem+json')] });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE, language: 'fr' });

    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('says the comments could not be loaded instead of showing none, and loads them again when asked, each linking to itself', async () => {
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse(QUESTION)],
      '/api/v1/activity/posts/q1/comments': [new Response(null, { status: 503 }), jsonResponse({ items: [ANSWER], nextCursor: null })],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    const comments = await screen.findByRole('region', { name: '1 comment' });
    expect((await within(comments).findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    fireEvent.click(within(comments).getByRole('button', { name: 'Try again' }));

    expect(await within(comments).findByText('Along the river.')).toBeTruthy();
    expect(within(comments).queryByRole('alert')).toBeNull();
    // Its time is its address, as a post's is.
    const time = within(comments).getAllByRole('link').find((link) => link.querySelector('time'));
    expect(time?.getAttribute('href')).toBe('/posts/q1?comment=c1');
  });

  it("shows a question's best answer under it though the conversation's first page does not hold it, and the next one its author chooses", async () => {
    const forest: Comment = { ...ANSWER, id: 'c9', bodyHtml: '<p>Take the <strong>forest</strong> road.</p>', bodyMarkdown: 'Take the **forest** road.' };
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse({ ...QUESTION, author: { ...AUTHOR, id: EMPLOYEE.id }, commentCount: 30, bestAnswerId: 'c9' })],
      '/api/v1/activity/posts/q1/comments': [jsonResponse({ items: [ANSWER], nextCursor: 'next' })],
      '/api/v1/activity/comments/c9': [jsonResponse(forest)],
      '/api/v1/activity/comments/c1': [jsonResponse(ANSWER)],
      '/api/v1/activity/posts/q1/best-answer': [new Response(null, { status: 204 })],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    const best = await screen.findByRole('region', { name: 'Best answer' });
    expect(await within(best).findByText('forest')).toBeTruthy();
    expect(within(best).getByRole('link', { name: 'Oliver Brown' }).getAttribute('href')).toBe('/people/a2');

    fireEvent.click(await screen.findByRole('button', { name: 'Mark as best answer' }));

    expect(await within(best).findByText('Along the river.')).toBeTruthy();
  });

  it('shows the comment a notification is about above the conversation with its replies, and a best answer only once', async () => {
    const reply: Comment = { ...ANSWER, id: 'r1', parentId: 'c1', author: { ...AUTHOR, id: 'a3', displayName: 'Léa Mercier' }, bodyHtml: '<p>Agreed.</p>' };
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse({ ...QUESTION, bestAnswerId: 'c1' }), jsonResponse({ ...QUESTION, bestAnswerId: 'c1' })],
      '/api/v1/activity/comments/c1': [jsonResponse({ ...ANSWER, replyCount: 1, replies: [reply] }), jsonResponse(ANSWER)],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    const { unmount } = await renderApp({ path: '/posts/q1?comment=c1', as: EMPLOYEE, language: 'fr' });

    const apart = await screen.findByRole('region', { name: 'Meilleure réponse' });
    expect(await within(apart).findByText('Along the river.')).toBeTruthy();
    expect(within(within(apart).getByRole('list', { name: 'Réponses' })).getByText('Agreed.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Le commentaire en question' })).toBeNull();
    unmount();

    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse({ ...QUESTION, kind: 'post' })],
      '/api/v1/activity/comments/c1': [jsonResponse({ ...ANSWER, replyCount: 1, replies: [reply] })],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    await renderApp({ path: '/posts/q1?comment=c1', as: EMPLOYEE, language: 'fr' });

    const linked = await screen.findByRole('region', { name: 'Le commentaire en question' });
    expect(await within(linked).findByText('Along the river.')).toBeTruthy();
    expect(within(linked).getByText('Agreed.')).toBeTruthy();
  });

  it("shows no best answer apart once it was deleted: its place in the conversation says so", async () => {
    const bestAnswer = [jsonResponse({ ...ANSWER, deleted: true, bodyHtml: '' })];
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse({ ...QUESTION, bestAnswerId: 'c1' })],
      '/api/v1/activity/posts/q1/comments': [jsonResponse({ items: [{ ...ANSWER, deleted: true }], nextCursor: null })],
      '/api/v1/activity/comments/c1': bestAnswer,
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    expect(await screen.findByText('This comment was deleted.')).toBeTruthy();
    await waitFor(() => expect(bestAnswer).toHaveLength(0));
    await act(async () => {});
    expect(screen.queryByRole('region', { name: 'Best answer' })).toBeNull();
  });

  it('tells a space moderator when their role could not be checked, instead of silently not offering the best answer', async () => {
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse(QUESTION)],
      '/api/v1/activity/posts/q1/comments': [jsonResponse({ items: [ANSWER], nextCursor: null })],
      '/api/v1/spaces/s1': [new Response(null, { status: 503 }), jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'moderator' })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    const alert = await screen.findByText(/^Your role in this space could not be checked/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByText('Along the river.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as best answer' })).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('button', { name: 'Mark as best answer' })).toBeTruthy();
    expect(screen.queryByText(/^Your role in this space could not be checked/)).toBeNull();
  });

  it('announces comments written meanwhile, and takes the announcement away as soon as the reader asks for them', async () => {
    let answerAgain!: (response: Response) => void;
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse(QUESTION)],
      '/api/v1/activity/posts/q1/comments': [
        jsonResponse({ items: [ANSWER], nextCursor: null }),
        new Promise((resolve) => {
          answerAgain = resolve;
        }),
      ],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });
    const comments = await screen.findByRole('region', { name: '1 comment' });
    await within(comments).findByText('Along the river.');
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain('activity:post:q1'));

    act(() => FakeLiveChannel.current!.deliver('post.counts', { postId: 'q1', commentCount: 2, reactions: NO_REACTIONS }));
    fireEvent.click(await within(comments).findByRole('button', { name: 'New comments — show them' }));

    expect(await within(comments).findByText('Loading the conversation…')).toBeTruthy();
    expect(within(comments).queryByRole('button', { name: 'New comments — show them' })).toBeNull();
    const reply = { ...ANSWER, id: 'c2', bodyHtml: '<p>Over the hill.</p>', bodyMarkdown: 'Over the hill.' };
    act(() => answerAgain(jsonResponse({ items: [ANSWER, reply], nextCursor: null })));
    expect(await within(comments).findByText('Over the hill.')).toBeTruthy();
    expect(within(comments).queryByRole('button', { name: 'New comments — show them' })).toBeNull();
  });

  it("offers a guest the space's members to mention in a comment, as it does in the space's composer", async () => {
    const member = { personId: 'm1', displayName: 'Mia Guerin', jobTitle: 'Rider', avatarVersion: 0, role: 'member', joinedAt: new Date().toISOString() };
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse(QUESTION)],
      '/api/v1/activity/posts/q1/comments': [jsonResponse({ items: [ANSWER], nextCursor: null })],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'guest' })],
      '/api/v1/spaces/s1/members': [jsonResponse({ items: [member], nextCursor: null })],
    });
    await renderApp({ path: '/posts/q1', as: { ...EMPLOYEE, roles: ['Guest'], capabilities: [] } });
    const editor = await screen.findByRole('combobox', { name: 'Write a comment' });

    fireEvent.change(editor, { target: { value: 'Ask @mi', selectionStart: 7 } });
    await screen.findByRole('option', { name: /Mia Guerin/ });
    fireEvent.keyDown(editor, { key: 'Enter' });

    expect((editor as HTMLTextAreaElement).value).toBe('Ask @[Mia Guerin](m1) ');
  });
});

describe('who reacted', () => {
  it("lists who reacted to a post and to a comment, and how, a page at a time, in French", async () => {
    const reactor = (id: string, displayName: string, kind: string) => ({ person: { ...AUTHOR, id, displayName }, kind, reactedAt: new Date().toISOString() });
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse({ ...QUESTION, reactions: { ...NO_REACTIONS, like: 2, celebrate: 1 } })],
      '/api/v1/activity/posts/q1/comments': [jsonResponse({ items: [{ ...ANSWER, reactions: { ...NO_REACTIONS, curious: 1 } }], nextCursor: null })],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
      '/api/v1/activity/posts/q1/reactions': [
        jsonResponse({ items: [reactor('r1', 'Inès Lambert', 'celebrate'), reactor('r2', 'Hugo Petit', 'like')], nextCursor: 'more' }),
        jsonResponse({ items: [reactor('r3', '', 'like')], nextCursor: null }),
      ],
      '/api/v1/activity/comments/c1/reactions': [jsonResponse({ items: [reactor('r4', 'Léa Roux', 'curious')], nextCursor: null })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE, language: 'fr' });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Qui a réagi' })).toHaveLength(2));
    const [onPost, onComment] = screen.getAllByRole('button', { name: 'Qui a réagi' });

    fireEvent.click(onPost);
    const people = await screen.findByRole('list', { name: 'Qui a réagi' });
    expect(within(people).getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' '))).toEqual(['ILInès Lambert — Bravo', "HPHugo Petit — J'aime"]);
    expect(within(people).getByRole('link', { name: 'Inès Lambert' }).getAttribute('href')).toBe('/people/r1');
    fireEvent.click(screen.getByRole('button', { name: 'Plus de personnes' }));
    // Someone the directory no longer knows is named as a former employee.
    expect(await within(people).findByText('Ancien·ne salarié·e')).toBeTruthy();
    expect(onPost.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(onComment);
    await waitFor(() => expect(screen.getAllByRole('list', { name: 'Qui a réagi' })).toHaveLength(2));
    expect(screen.getAllByRole('list', { name: 'Qui a réagi' })[1].textContent?.replace(/\s+/g, ' ')).toContain('Léa Roux — Curieux');
  });
});

describe("a post's More menu", () => {
  const MINE: Post = { ...QUESTION, author: { ...AUTHOR, id: EMPLOYEE.id, displayName: EMPLOYEE.displayName } };

  async function openMenu() {
    const menu = (await screen.findByText('More')).closest('details')!;
    fireEvent.click(within(menu).getByText('More'));
    // Once the menu knows it is open, it listens for Escape and for clicks elsewhere.
    await waitFor(() => expect(within(menu).getByText('More').getAttribute('aria-expanded')).toBe('true'));
    return menu;
  }

  it('closes once an action is chosen, and the action takes place', async () => {
    stubServer({ '/api/v1/activity/posts/q1': [jsonResponse(MINE)], '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })] });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    const menu = await openMenu();
    fireEvent.click(within(menu).getByRole('button', { name: 'Edit' }));

    expect(menu.open).toBe(false);
    const editor = await screen.findByRole('combobox', { name: 'Edit your post' });
    await waitFor(() => expect(document.activeElement).toBe(editor));
  });

  it('closes on Escape, giving focus back to its button, and when a click or the keyboard goes elsewhere', async () => {
    stubServer({ '/api/v1/activity/posts/q1': [jsonResponse(QUESTION)], '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })] });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    const menu = await openMenu();
    fireEvent.keyDown(within(menu).getByRole('button', { name: 'Mute this conversation' }), { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(within(menu).getByText('More'));

    await openMenu();
    fireEvent.pointerDown(within(menu).getByRole('button', { name: 'Report this post' }));
    expect(menu.open).toBe(true);
    fireEvent.pointerDown(screen.getByText('Which route on Friday?'));
    expect(menu.open).toBe(false);

    await openMenu();
    const last = within(menu).getByRole('button', { name: 'Mute this conversation' });
    fireEvent.blur(last, { relatedTarget: within(menu).getByRole('button', { name: 'Report this post' }) });
    expect(menu.open).toBe(true);
    fireEvent.blur(last, { relatedTarget: screen.getByRole('link', { name: 'Cycling club' }) });
    expect(menu.open).toBe(false);
  });
});

describe('deleting my comment', () => {
  const MY_ANSWER: Comment = { ...ANSWER, author: { ...ANSWER.author, id: EMPLOYEE.id, displayName: EMPLOYEE.displayName } };

  it('asks first, and leaves a tombstone only once confirmed', async () => {
    const deleted: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const path = requestUrl(input).pathname;
        if (init?.method === 'DELETE') {
          deleted.push(path);
          return new Response(null, { status: 204 });
        }
        if (path === '/api/v1/activity/posts/q1') {
          return jsonResponse(QUESTION);
        }
        if (path === '/api/v1/activity/posts/q1/comments') {
          return jsonResponse({ items: [MY_ANSWER], nextCursor: null });
        }
        return path === '/api/v1/spaces/s1' ? jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' }) : jsonResponse({ items: [], nextCursor: null });
      }),
    );
    await renderApp({ path: '/posts/q1', as: EMPLOYEE, language: 'fr' });

    const comment = await screen.findByRole('listitem', { name: "Commentaire d'Eve Employee" });
    fireEvent.click(within(comment).getByRole('button', { name: 'Supprimer' }));
    const prompt = within(comment).getByText('Supprimer ce commentaire ? Ses réponses restent lisibles.');
    expect(document.activeElement).toBe(prompt);
    fireEvent.click(within(comment).getByRole('button', { name: 'Annuler' }));
    expect(within(comment).queryByText('Supprimer ce commentaire ? Ses réponses restent lisibles.')).toBeNull();
    expect(deleted).toEqual([]);

    fireEvent.click(within(comment).getByRole('button', { name: 'Supprimer' }));
    fireEvent.click(within(within(comment).getByRole('group', { name: 'Supprimer' })).getByRole('button', { name: 'Supprimer' }));

    expect(await within(comment).findByText('Ce commentaire a été supprimé.')).toBeTruthy();
    expect(deleted).toEqual(['/api/v1/activity/comments/c1']);
    expect(within(comment).queryByRole('group', { name: 'Supprimer' })).toBeNull();
  });
});

describe('replying to a comment', () => {
  it('puts the cursor in the reply once Reply is pressed', async () => {
    stubServer({
      '/api/v1/activity/posts/q1': [jsonResponse(QUESTION)],
      '/api/v1/activity/posts/q1/comments': [jsonResponse({ items: [ANSWER], nextCursor: null })],
      '/api/v1/spaces/s1': [jsonResponse({ id: 's1', name: 'Cycling club', myRole: 'member' })],
    });
    await renderApp({ path: '/posts/q1', as: EMPLOYEE });

    const comment = await screen.findByRole('listitem', { name: 'Comment by Oliver Brown' });
    fireEvent.click(within(comment).getByRole('button', { name: 'Reply' }));

    const reply = within(comment).getByRole('combobox', { name: 'Reply to Oliver Brown' });
    await waitFor(() => expect(document.activeElement).toBe(reply));
  });
});
