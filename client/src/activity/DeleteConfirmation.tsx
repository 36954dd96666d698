import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface DeleteConfirmationProps {
  prompt: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a post or a comment becomes a tombstone; the question takes focus, so that it is read out first. */
export function DeleteConfirmation({ prompt, onConfirm, onCancel }: DeleteConfirmationProps) {
  const { t } = useTranslation();
  const promptRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => promptRef.current?.focus(), []);

  return (
    <div className="confirm" role="group" aria-label={t('post.delete')}>
      <p ref={promptRef} tabIndex={-1} className="confirm__prompt">
        {prompt}
      </p>
      <div className="form__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('post.delete')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('post.cancel')}
        </button>
      </div>
    </div>
  );
}
