import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../api/activity';
import { sendMessage } from '../api/messages';
import { useAuth } from '../auth/authContext';
import { ColleaguePicker, type Colleague } from '../components/ColleaguePicker';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { MessageField } from './MessageField';

/**
 * Sending a post to one colleague in a direct message, with a word or none: the message that replaces forwarding an
 * e-mail. The server refuses a colleague who may not see the post, and says so by name.
 */
export function SendPostForm({ post, onSent }: { post: Post; onSent: (to: Colleague) => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [to, setTo] = useState<Colleague | null>(null);
  const [text, setText] = useState('');
  const [toError, setToError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // One key per colleague: a retried send to the same person returns the first message, another person gets their own.
  const keys = useRef(new Map<string, string>());

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (sending) {
      return;
    }
    if (!to) {
      setToError(t('messages.sendPostNobody'));
      document.getElementById(`send-post-to-${post.id}`)?.focus();
      return;
    }
    const key = keys.current.get(to.id) ?? crypto.randomUUID();
    keys.current.set(to.id, key);
    setSending(true);
    setError(null);
    try {
      await sendMessage(to.id, text.trim(), key, post.id);
      onSent(to);
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
      setSending(false);
    }
  }

  return (
    <form className="share-form" noValidate onSubmit={send}>
      <ColleaguePicker
        id={`send-post-to-${post.id}`}
        label={t('messages.sendPostTo')}
        hint={t('messages.toHint')}
        chosen={to ? [to] : []}
        excludedId={me?.id ?? null}
        error={toError}
        onChange={(chosen) => {
          // One colleague at a time: choosing another replaces the first.
          setTo(chosen.at(-1) ?? null);
          setToError(undefined);
          setError(null);
        }}
      />
      <MessageField
        id={`send-post-text-${post.id}`}
        label={t('messages.sendPostText')}
        hint={t('messages.sendPostHint')}
        error={null}
        value={text}
        onChange={setText}
        onSubmit={() => void send()}
        fieldRef={textRef}
      />
      <ErrorText message={error} />
      <button type="submit" className="button" aria-disabled={sending || undefined}>
        {to ? t('messages.sendPostSubmitTo', { name: to.displayName }) : t('messages.sendPostSubmit')}
      </button>
    </form>
  );
}
