import type { KeyboardEvent, RefObject } from 'react';
import { MESSAGE_MAX_LENGTH } from '../api/messages';
import { FieldFrame } from '../components/form/FieldFrame';

interface MessageFieldProps {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  value: string;
  onChange: (text: string) => void;
  /** Ctrl/⌘+Enter, as the hint says. */
  onSubmit: () => void;
  /** Escape, where the text can be left as it was. */
  onCancel?: () => void;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
}

/** The text of a message, written or rewritten, with the keyboard shortcuts its hint tells of. */
export function MessageField({ id, label, hint, error, value, onChange, onSubmit, onCancel, fieldRef }: MessageFieldProps) {
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  }

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error ?? undefined}>
      {(described) => (
        <textarea
          {...described}
          ref={fieldRef}
          id={id}
          className="field__input chat__input"
          rows={3}
          maxLength={MESSAGE_MAX_LENGTH}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
    </FieldFrame>
  );
}
