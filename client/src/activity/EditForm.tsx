import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownEditor } from './MarkdownEditor';

interface EditFormProps {
  id: string;
  label: string;
  initial: string;
  rows?: number;
  onSave: (body: string) => void;
  onCancel: () => void;
  /** The space of the post, whose members a guest without the directory can mention. */
  spaceId?: string;
}

/** Rewriting a post or a comment in place; the caller saves and reports failures. */
export function EditForm({ id, label, initial, rows, onSave, onCancel, spaceId }: EditFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(body);
  }

  return (
    <form className="post-edit" onSubmit={submit}>
      <MarkdownEditor id={id} label={label} value={body} onChange={setBody} rows={rows} spaceId={spaceId} focusWhenShown />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('post.saveEdit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('post.cancel')}
        </button>
      </div>
    </form>
  );
}
