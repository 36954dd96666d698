import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../api/activity';
import { sendMessage } from '../api/messages';
import { useAuth } from '../auth/authContext';
import { ColleaguePicker, type Colleague } from '../components/ColleaguePicker';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { MessageField } from './MessageField';

/** Beyond a few colleagues, a post is shared rather than sent: each message is a conversation of its own. */
export const MOST_RECIPIENTS = 10;

interface SendPostFormProps {
  post: Post;
  /** The colleagues it reached; `done` once nobody is left to send to. */
  onSent: (reached: Colleague[], done: boolean) => void;
}

/**
 * Sending a post to colleagues in direct messages, with a word or none, one message in each conversation: what
 * forwarding an e-mail used to be. The server refuses a colleague who may not see the post and says so by name; they
 * stay chosen, and those reached are told at once.
 */
export function SendPostForm({ post, onSent }: SendPostFormProps) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [to, setTo] = useState<Colleague[]>([]);
  const [text, setText] = useState('');
  const [toError, setToError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pickerId = `send-post-to-${post.id}`;
  // One key per colleague until they are reached: trying again after a lost answer returns the first message, while
  // choosing someone again once reached sends anew.
  const keys = useRef(new Map<string, string>());

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (sending) {
      return;
    }
    if (to.length === 0) {
      setToError(t('messages.sendPostNobody'));
      document.getElementById(pickerId)?.focus();
      return;
    }
    setSending(true);
    setError(null);
    const reached: Colleague[] = [];
    const refused: { colleague: Colleague; reason: string }[] = [];
    for (const colleague of to) {
      const key = keys.current.get(colleague.id) ?? crypto.randomUUID();
      keys.current.set(colleague.id, key);
      try {
        await sendMessage(colleague.id, text.trim(), key, post.id);
        keys.current.delete(colleague.id);
        reached.push(colleague);
      } catch (failure) {
        refused.push({ colleague, reason: apiErrorMessage(failure, t) });
      }
    }
    setSending(false);
    setTo(refused.map((r) => r.colleague));
    setError(refused.length > 0 ? refused.map((r) => r.reason).join(' ') : null);
    if (reached.length > 0) {
      onSent(reached, refused.length === 0);
    }
  }

  return (
    <form className="share-form" noValidate onSubmit={send}>
      <ColleaguePicker
        id={pickerId}
        label={t('messages.sendPostTo')}
        hint={t('messages.sendPostToHint', { count: MOST_RECIPIENTS })}
        chosen={to}
        excludedId={me?.id ?? null}
        error={toError}
        onChange={(chosen) => {
          const tooMany = chosen.length > MOST_RECIPIENTS;
          setToError(tooMany ? t('messages.sendPostTooMany', { count: MOST_RECIPIENTS }) : undefined);
          setTo(tooMany ? to : chosen);
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
        {to.length === 1 ? t('messages.sendPostSubmitTo', { name: to[0].displayName }) : t('messages.sendPostSubmit', { count: to.length })}
      </button>
    </form>
  );
}
