import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { namesNothing } from '../api/http';
import { listMessages, markConversationRead, markConversationUnread, MESSAGES_LIVE_KEY, type DirectMessage, type MessageSent } from '../api/messages';
import { getProfile } from '../api/profiles';
import { useAuth } from '../auth/authContext';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { useLive } from '../live/liveContext';
import { NotificationMuteButton } from '../notifications/NotificationMuteButton';
import { Avatar } from '../pages/Avatar';
import { PersonNotLoaded } from '../pages/PersonNotLoaded';
import { MessageForm } from './MessageForm';
import { MessageItem } from './MessageItem';
import { useOtherTyping } from './typing';

/**
 * Tells the server the conversation was read once it is on screen, and again each time `unseen()`
 * says a message came in: one arriving in a tab left in the background is read when the tab is shown.
 */
function useReadMarking(personId: string, loaded: boolean): () => void {
  const [unseen, setUnseen] = useState(true);
  useEffect(() => {
    if (!loaded || !unseen) {
      return;
    }
    function markIfShown() {
      if (document.visibilityState === 'visible') {
        setUnseen(false);
        markConversationRead(personId).catch(() => {
          // The messages stay unread on the server; the next opening marks them again.
        });
      }
    }
    markIfShown();
    document.addEventListener('visibilitychange', markIfShown);
    return () => document.removeEventListener('visibilitychange', markIfShown);
  }, [personId, loaded, unseen]);
  return useCallback(() => setUnseen(true), []);
}

/** The messages exchanged with one colleague, the oldest at the top, and the form to write the next. */
export function ChatPage() {
  const { personId = '' } = useParams();
  // A message found by a search: the conversation opens on it.
  const at = useSearchParams()[0].get('at');
  // Another person is another conversation: nothing of the last one carries over while the next loads.
  return <Chat key={`${personId} ${at}`} personId={personId} at={at} />;
}

function Chat({ personId, at }: { personId: string; at: string | null }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const profile = useLoad(personId, (signal) => getProfile(personId, signal));
  const list = useCursorList<DirectMessage>(personId, (cursor, signal) => listMessages(personId, cursor, signal, cursor ? null : at));
  const [arrival, setArrival] = useState('');
  const logRef = useRef<HTMLDivElement>(null);
  const name = profile.value?.displayName ?? '';
  useDocumentTitle(name ? t('messages.with', { name }) : t('messages.title'));
  const unseen = useReadMarking(personId, list.status === 'ready');
  const other = useOtherTyping(personId);
  const { transform } = list;
  const navigate = useNavigate();
  const markingUnread = useAttempt();

  // Items are kept newest first, as the server pages them; a message can come both as the answer
  // to sending it and live, and is shown once.
  const add = (messages: DirectMessage[]) =>
    transform((items) => {
      const known = new Set(items.map((message) => message.id));
      return [...messages.filter((message) => !known.has(message.id)), ...items];
    });
  const replace = (changed: DirectMessage) => transform((items) => items.map((message) => (message.id === changed.id ? changed : message)));

  useLive(
    MESSAGES_LIVE_KEY,
    {
      'message.sent': (sent: MessageSent) => {
        if (sent.with !== personId || list.items.some((message) => message.id === sent.message.id)) {
          return;
        }
        add([sent.message]);
        if (sent.message.senderId === personId) {
          other.stopped();
          unseen();
          setArrival(t('messages.arrived', { name }));
        }
      },
      'message.changed': (changed: MessageSent) => {
        if (changed.with === personId) {
          replace(changed.message);
        }
      },
    },
    // A reconnect is a new connection: what was sent or changed meanwhile never reached it.
    () =>
      void listMessages(personId, null).then(
        (page) => {
          const known = new Set(list.items.map((message) => message.id));
          page.items.filter((message) => known.has(message.id)).forEach(replace);
          add(page.items);
          if (page.items.some((message) => message.senderId === personId && !known.has(message.id))) {
            unseen();
          }
        },
        () => {
          // The messages shown stay; the next one to arrive live is added as usual.
        },
      ),
  );

  const newest = list.items[0]?.id;
  const shown = profile.status === 'ready';
  const revealed = useRef(false);
  // The newest message, at the bottom, is in view on opening and as messages are sent and received;
  // earlier pages, added above, leave the view where it is. A message found by a search is shown
  // and focused instead, once, a third of the way down the conversation.
  useLayoutEffect(() => {
    const log = logRef.current;
    const found = revealed.current ? null : log?.querySelector<HTMLElement>('.chat__message--found');
    if (log && found) {
      revealed.current = true;
      log.scrollTop += found.getBoundingClientRect().top - log.getBoundingClientRect().top - log.clientHeight / 3;
      found.focus({ preventScroll: true });
    } else if (log) {
      log.scrollTop = log.scrollHeight;
    }
  }, [newest, shown]);
  const foundFurther = at !== null && list.status === 'ready' && !list.items.some((message) => message.id === at);

  const missing = [profile, list].find((loaded) => loaded.status === 'failed' && namesNothing(loaded.error));
  if (missing) {
    return <PersonNotLoaded title={t('messages.title')} error={missing.error} onRetry={missing.reload} />;
  }
  if (profile.status === 'loading') {
    return <p role="status">{t('messages.loadingConversation')}</p>;
  }
  if (profile.status === 'failed') {
    return <PersonNotLoaded title={t('messages.title')} error={profile.error} onRetry={profile.reload} />;
  }

  const person = profile.value;
  const oldestFirst = [...list.items].reverse();
  return (
    <div className="chat">
      <p className="chat__back">
        <Link to="/messages">{t('messages.back')}</Link>
      </p>
      <header className="chat__header">
        <Avatar person={person} size={64} />
        <div>
          <h1 className="chat__name">
            <Link to={`/people/${person.id}`}>{person.displayName}</Link>
          </h1>
          {person.jobTitle && <p className="person__meta">{person.jobTitle}</p>}
          {person.isFormerEmployee && <p className="profile__former">{t('profile.former')}</p>}
          {/* Only a conversation that has begun can be muted. */}
          {list.items.length > 0 && <NotificationMuteButton kind="messages" id={personId} />}
          {/* Back to the list, where the conversation waits again: staying here would be reading it. */}
          {list.items.some((message) => message.senderId === personId && !message.deleted) && (
            <div className="chat__unread">
              <button
                type="button"
                className="link-button link-button--flush"
                onClick={() => markingUnread.attempt(markConversationUnread(personId), () => void navigate('/messages'))}
              >
                {t('messages.markUnread')}
              </button>
              <ErrorText message={markingUnread.error} />
            </div>
          )}
        </div>
      </header>
      <div ref={logRef} className="chat__log" role="region" aria-label={t('messages.with', { name })} tabIndex={0}>
        <MoreButton list={list} label={t('messages.earlier')} loadingLabel={t('messages.loadingEarlier')} className="button button--secondary chat__earlier" />
        {list.status === 'loading' && <p role="status">{t('messages.loadingConversation')}</p>}
        {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
        {list.status === 'ready' && list.items.length === 0 && <p className="chat__none">{t('messages.none')}</p>}
        {foundFurther && <p className="chat__none">{t('messages.foundFurther')}</p>}
        {oldestFirst.length > 0 && (
          <ol className="chat__messages">
            {oldestFirst.map((message) => (
              <MessageItem key={message.id} message={message} mine={message.senderId === me?.id} name={name} found={message.id === at} onChange={replace} />
            ))}
          </ol>
        )}
      </div>
      {/* Seen, not announced: a screen reader hears the message itself arrive. */}
      <p className="chat__typing">{other.typing && t('messages.typing', { name })}</p>
      <p className="visually-hidden" role="status">
        {arrival}
      </p>
      {person.isFormerEmployee ? (
        <p className="chat__closed">{t('messages.former', { name })}</p>
      ) : (
        <MessageForm personId={personId} onSent={(message) => add([message])} onRecipientLeft={profile.reload} />
      )}
    </div>
  );
}
