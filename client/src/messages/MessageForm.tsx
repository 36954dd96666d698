import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../api/http';
import { sendMessage, type DirectMessage } from '../api/messages';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { useDraft } from '../components/useDraft';
import { MessageField } from './MessageField';
import { useTypingSignal } from './typing';

interface MessageFormProps {
  personId: string;
  onSent: (message: DirectMessage) => void;
  /** The server refused because the person no longer works at the company. */
  onRecipientLeft: () => void;
}

const FIELD_ID = 'message-text';

/** Writing to a colleague; the text is kept as a draft for that person until it is sent. */
export function MessageForm({ personId, onSent, onRecipientLeft }: MessageFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useDraft(`messages:${personId}`);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // One key per text: sending the same text again after a failure cannot write it twice, an edited text is a new message.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const textRef = useRef<HTMLTextAreaElement>(null);
  const typing = useTypingSignal(personId);

  // A field's error is read with the field, which takes focus for it.
  function refuse(message: string) {
    setFieldError(message);
    setFormError(null);
    textRef.current?.focus();
  }

  async function send() {
    if (sending) {
      return;
    }
    if (!text.trim()) {
      refuse(t('messages.emptyText'));
      return;
    }
    setSending(true);
    try {
      onSent(await sendMessage(personId, text, idempotencyKey));
      setText('');
      typing.sent();
      setIdempotencyKey(crypto.randomUUID());
      setFieldError(null);
      setFormError(null);
    } catch (failure) {
      // Problem documents spell the field as the server does: "text", "Text", "$.text".
      const textErrors = Object.entries(fieldErrors(failure))
        .filter(([name]) => name.toLowerCase().replace(/[^a-z]/g, '') === 'text')
        .flatMap(([, messages]) => messages);
      if (textErrors.length > 0) {
        refuse(textErrors.join(' '));
      } else {
        setFieldError(null);
        setFormError(apiErrorMessage(failure, t));
      }
      if (failure instanceof ApiError && failure.status === 422) {
        onRecipientLeft();
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className="chat__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <MessageField
        id={FIELD_ID}
        label={t('messages.field')}
        hint={t('messages.hint')}
        error={fieldError}
        value={text}
        onChange={(value) => {
          setText(value);
          typing.typed(value);
          setIdempotencyKey(crypto.randomUUID());
        }}
        onSubmit={() => void send()}
        fieldRef={textRef}
      />
      <ErrorText message={formError} />
      {/* Busy rather than disabled while sending, so that focus stays on it. */}
      <button type="submit" className="button chat__send" aria-disabled={sending || undefined}>
        {sending ? t('messages.sending') : t('messages.submit')}
      </button>
    </form>
  );
}
