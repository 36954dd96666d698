import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteMessage, editMessage, type DirectMessage } from '../api/messages';
import { DeleteConfirmation } from '../activity/DeleteConfirmation';
import { PostBody } from '../activity/PostBody';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { ReportButton } from '../moderation/ReportButton';
import { MessageField } from './MessageField';
import { GivenReactions, ReactionChoice } from './MessageReactions';
import { messageTime } from './messageTime';
import { SharedPostCard } from './SharedPostCard';

interface MessageEditProps {
  message: DirectMessage;
  onSaved: (message: DirectMessage) => void;
  onCancel: () => void;
}

/** Rewriting one's message in its place: Ctrl/⌘+Enter saves, Escape leaves it as it was; a message sending a post may lose its words. */
function MessageEdit({ message, onSaved, onCancel }: MessageEditProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(message.text);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = `edit-message-${message.id}`;

  useEffect(() => {
    const field = textRef.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, []);

  async function save() {
    if (saving) {
      return;
    }
    if (!text.trim() && !message.sharedPost) {
      setError(t('messages.emptyText'));
      textRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      onSaved(await editMessage(message.id, text));
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
      setSaving(false);
    }
  }

  return (
    <form
      className="chat__edit"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <MessageField
        id={id}
        label={t('messages.editLabel')}
        hint={t('messages.editHint')}
        error={error}
        value={text}
        onChange={setText}
        onSubmit={() => void save()}
        onCancel={onCancel}
        fieldRef={textRef}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {t('post.saveEdit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('post.cancel')}
        </button>
      </div>
    </form>
  );
}

interface MessageItemProps {
  message: DirectMessage;
  mine: boolean;
  /** The other person's name. */
  name: string;
  /** The message a search found, which the conversation opens on. */
  found?: boolean;
  onChange: (message: DirectMessage) => void;
}

/** One message in its bubble; either person reacts to it; its sender may rewrite or delete it, which both people then see; the other may report it. */
export function MessageItem({ message, mine, name, found = false, onChange }: MessageItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const bubbleId = useId();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [choosingReaction, setChoosingReaction] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const reactRef = useRef<HTMLButtonElement>(null);
  const deletedRef = useRef<HTMLParagraphElement>(null);
  // Focus goes back where it came from once the form or the question closes.
  const [returnFocus, setReturnFocus] = useState<'edit' | 'react' | 'deleted' | null>(null);

  useEffect(() => {
    if (returnFocus) {
      ({ edit: editRef, react: reactRef, deleted: deletedRef })[returnFocus].current?.focus();
      setReturnFocus(null);
    }
  }, [returnFocus]);

  function closeEditing() {
    setEditing(false);
    setReturnFocus('edit');
  }

  function remove() {
    deleteMessage(message.id).then(
      () => {
        setConfirmingDelete(false);
        setError(null);
        onChange({ ...message, deleted: true, html: '', text: '', senderReaction: null, recipientReaction: null, sharedPost: null });
        setReturnFocus('deleted');
      },
      (failure: unknown) => setError(apiErrorMessage(failure, t)),
    );
  }

  return (
    <li
      className={['chat__message', mine && 'chat__message--mine', found && 'chat__message--found'].filter(Boolean).join(' ')}
      tabIndex={found ? -1 : undefined}
    >
      <p className="visually-hidden">{mine ? t('messages.youWrote') : t('messages.wrote', { name })}</p>
      {message.deleted ? (
        <p ref={deletedRef} tabIndex={-1} className="chat__bubble chat__bubble--deleted">
          {t('messages.deleted')}
        </p>
      ) : editing ? (
        <MessageEdit
          message={message}
          onSaved={(saved) => {
            onChange(saved);
            closeEditing();
          }}
          onCancel={closeEditing}
        />
      ) : (
        <>
          {(message.html || !message.sharedPost) && <PostBody id={bubbleId} html={message.html} className="chat__bubble" />}
          {message.sharedPost && <SharedPostCard post={message.sharedPost} id={message.html ? undefined : bubbleId} />}
        </>
      )}
      <GivenReactions message={message} mine={mine} name={name} />
      <div className="chat__meta">
        <time className="chat__time" dateTime={message.sentAt} title={new Date(message.sentAt).toLocaleString(language)}>
          {messageTime(message.sentAt, language)}
        </time>
        {message.editedAt && !message.deleted && <span className="chat__time"> · {t('post.edited')}</span>}
        {!message.deleted && !editing && (
          <span className="chat__actions">
            <button
              ref={reactRef}
              type="button"
              className="link-button"
              aria-expanded={choosingReaction}
              aria-describedby={bubbleId}
              onClick={() => setChoosingReaction(!choosingReaction)}
            >
              {t('messages.react')}
            </button>
            {mine ? (
              <>
                <button ref={editRef} type="button" className="link-button" aria-describedby={bubbleId} onClick={() => setEditing(true)}>
                  {t('post.edit')}
                </button>
                <button type="button" className="link-button" aria-describedby={bubbleId} onClick={() => setConfirmingDelete(true)}>
                  {t('post.delete')}
                </button>
              </>
            ) : (
              <ReportButton kind="message" id={message.id} />
            )}
          </span>
        )}
      </div>
      {choosingReaction && !message.deleted && (
        <ReactionChoice
          message={message}
          mine={mine}
          onChange={onChange}
          onClose={() => {
            setChoosingReaction(false);
            setReturnFocus('react');
          }}
        />
      )}
      {confirmingDelete && !message.deleted && (
        <DeleteConfirmation
          prompt={t('messages.confirmDelete', { name })}
          onConfirm={remove}
          onCancel={() => {
            setConfirmingDelete(false);
            setReturnFocus('edit');
          }}
        />
      )}
      <ErrorText message={error} />
    </li>
  );
}
