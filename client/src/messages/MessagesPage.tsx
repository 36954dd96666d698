import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { listConversations, MESSAGES_LIVE_KEY, type ConversationSummary, type MessageSent } from '../api/messages';
import { listNotificationMutes } from '../api/notifications';
import { relativeTime } from '../activity/formatting';
import { useAuth } from '../auth/authContext';
import { ColleaguePicker } from '../components/ColleaguePicker';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { useLive } from '../live/liveContext';
import { unreadShown } from '../notifications/notificationsContext';
import { Avatar } from '../pages/Avatar';

function ConversationItem({ conversation, muted }: { conversation: ConversationSummary; muted: boolean }) {
  const { t, i18n } = useTranslation();
  const unreadId = useId();
  const { person, lastMessage, unreadCount } = conversation;
  const language = i18n.resolvedLanguage ?? 'en';
  // A former employee's name may have been erased; the conversation stays.
  const name = person.displayName || t('profile.former');
  const unread = unreadCount > 0;
  const excerpt = lastMessage.deleted ? t('messages.lastDeleted') : lastMessage.excerpt || (lastMessage.sharesPost ? t('messages.lastSentPost') : '');

  return (
    <li className={unread ? 'chats__item chats__item--unread' : 'chats__item'}>
      <Avatar person={{ ...person, displayName: name }} size={64} />
      <div className="chats__body">
        <p className="chats__top">
          <Link className="chats__link" to={`/messages/${person.id}`} aria-describedby={unread ? unreadId : undefined}>
            {name}
          </Link>
          {person.isFormerEmployee && person.displayName && <span className="chats__former">{t('profile.former')}</span>}
          {muted && <span className="chats__muted">{t('messages.muted')}</span>}
          <time className="chats__time" dateTime={lastMessage.sentAt} title={new Date(lastMessage.sentAt).toLocaleString(language)}>
            {relativeTime(lastMessage.sentAt, language)}
          </time>
        </p>
        <p className="chats__excerpt">{lastMessage.fromMe ? t('messages.fromMe', { excerpt }) : excerpt}</p>
      </div>
      {unread && (
        <span className="chats__unread">
          <span aria-hidden="true">{unreadShown(unreadCount)}</span>
          <span id={unreadId} className="visually-hidden">
            {t('messages.unread', { count: unreadCount })}
          </span>
        </span>
      )}
    </li>
  );
}

/** The signed-in person's conversations, the most recently active first, kept current as messages are sent, changed and read. */
export function MessagesPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  useDocumentTitle(t('messages.title'));
  const list = useCursorList<ConversationSummary>('conversations', (cursor, signal) => listConversations(cursor, signal));
  // Which conversations are muted is a nicety: the list shows without it when it cannot be loaded.
  const muted = useLoad('muted-conversations', async (signal) =>
    new Set((await listNotificationMutes(signal)).filter((mute) => mute.kind === 'messages').map((mute) => mute.id)),
  ).value;
  const latestAsked = useRef(0);
  const { transform } = list;

  // The first page again, ahead of the conversations already shown: the ones that moved are on it.
  function refresh() {
    const asked = ++latestAsked.current;
    listConversations(null).then(
      (page) => {
        if (asked === latestAsked.current) {
          const fresh = new Set(page.items.map((conversation) => conversation.person.id));
          transform((items) => [...page.items, ...items.filter((conversation) => !fresh.has(conversation.person.id))]);
        }
      },
      () => {
        // The list shown stays as it was until the next message asks again.
      },
    );
  }
  // A change shows in the list when it is to a conversation's latest message, or deletes one that may be waiting;
  // a reaction or an edit further up changes nothing here.
  function changed({ with: personId, message }: MessageSent) {
    const shown = list.items.find((conversation) => conversation.person.id === personId);
    if (!shown || message.deleted || shown.lastMessage.sentAt === message.sentAt) {
      refresh();
    }
  }
  useLive(MESSAGES_LIVE_KEY, { 'message.sent': refresh, 'message.changed': changed, 'message.read': refresh }, refresh);

  return (
    <>
      <h1>{t('messages.title')}</h1>
      <p className="lead">{t('messages.intro')}</p>
      {/* Choosing someone opens the conversation with them, where the message is written. */}
      <div className="chats-to">
        <ColleaguePicker
          id="message-to"
          label={t('messages.to')}
          hint={t('messages.toHint')}
          chosen={[]}
          excludedId={me?.id ?? null}
          onChange={([colleague]) => colleague && navigate(`/messages/${colleague.id}`)}
        />
      </div>
      {list.status === 'loading' && <p role="status">{t('messages.loading')}</p>}
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && <p className="chats__empty">{t('messages.empty')}</p>}
      {list.items.length > 0 && (
        <ul className="chats" aria-label={t('messages.listLabel')}>
          {list.items.map((conversation) => (
            <ConversationItem key={conversation.person.id} conversation={conversation} muted={muted?.has(conversation.person.id) ?? false} />
          ))}
        </ul>
      )}
      <MoreButton list={list} label={t('messages.more')} loadingLabel={t('messages.loadingMore')} />
    </>
  );
}
