import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment, type AttachmentView } from '../api/activity';
import { ApiError } from '../api/http';
import { FileButton } from '../components/form/FileButton';
import { fileSize } from './formatting';

/** Uploads files as soon as they are picked, so that publishing only links what the server already checked. */
export function AttachmentPicker({ attachments, onChange }: { attachments: AttachmentView[]; onChange: (next: AttachmentView[]) => void }) {
  const { t, i18n } = useTranslation();
  const [uploading, setUploading] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);

  async function pick(picked: File[]) {
    setErrors([]);
    setUploading((count) => count + picked.length);
    const results = await Promise.allSettled(picked.map((file) => uploadAttachment(file)));
    setUploading((count) => count - picked.length);
    onChange([...attachments, ...results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))]);
    setErrors(
      results.flatMap((result, index) => {
        if (result.status === 'fulfilled') {
          return [];
        }
        const reason = result.reason instanceof ApiError && result.reason.status === 413 ? 'composer.fileTooLarge' : 'composer.fileRefused';
        return [t(reason, { name: picked[index]?.name ?? '' })];
      }),
    );
  }

  return (
    <div className="attachment-picker">
      <FileButton label={t('composer.attach')} multiple onFiles={(files) => void pick(files)} />
      {uploading > 0 && <p role="status">{t('composer.uploading', { count: uploading })}</p>}
      {errors.length > 0 && (
        <ul role="alert" className="field__error">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      {attachments.length > 0 && (
        <ul className="attachment-picker__list" aria-label={t('composer.attached')}>
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              {attachment.fileName} ({fileSize(attachment.size, i18n.language)})
              <button
                type="button"
                className="link-button"
                aria-label={t('composer.removeAttachment', { name: attachment.fileName })}
                onClick={() => onChange(attachments.filter((a) => a.id !== attachment.id))}
              >
                {t('composer.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
