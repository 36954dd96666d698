import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { useDraft } from '../components/useDraft';
import { MarkdownEditor } from './MarkdownEditor';
import { ErrorText } from '../components/form/ErrorText';

export type SendComment = (body: string, parentId: string | null) => Promise<void>;

interface CommentFormProps {
  id: string;
  parentId: string | null;
  label: string;
  onSend: SendComment;
  /** The space of the post, whose members a guest without the directory can mention. */
  spaceId?: string;
  /** Opened by a button (Reply): the text takes focus. */
  focusWhenShown?: boolean;
}

/** Writing a comment, or a reply when a parent is given. */
export function CommentForm({ id, parentId, label, onSend, spaceId, focusWhenShown = false }: CommentFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useDraft(id);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('conversation.empty'));
      return;
    }
    setSending(true);
    try {
      await onSend(body, parentId);
      setBody('');
      setError(null);
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="comment-form" onSubmit={send} noValidate>
      <MarkdownEditor id={id} label={label} value={body} onChange={setBody} rows={2} spaceId={spaceId} focusWhenShown={focusWhenShown} />
      <ErrorText message={error} />
      <button type="submit" className="button" disabled={sending}>
        {t(parentId ? 'conversation.sendReply' : 'conversation.send')}
      </button>
    </form>
  );
}
