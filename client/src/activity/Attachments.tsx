import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../api/activity';
import { fileSize } from './formatting';

/** Images shown re-encoded by the server; other files offered as downloads only. */
export function Attachments({ attachments }: { attachments: AttachmentView[] }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) {
    return null;
  }
  const images = attachments.filter((a) => a.kind === 'image');
  const files = attachments.filter((a) => a.kind === 'file');
  return (
    <div className="attachments">
      {images.length > 0 && (
        <div className="attachments__images">
          {images.map((image) => (
            <a key={image.id} href={image.url} target="_blank" rel="noopener noreferrer">
              <img src={image.url} alt={image.fileName} width={image.width || undefined} height={image.height || undefined} loading="lazy" />
            </a>
          ))}
        </div>
      )}
      {files.length > 0 && (
        <ul className="attachments__files" aria-label={t('post.files')}>
          {files.map((file) => (
            <li key={file.id}>
              <a href={file.url} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="person__meta">({fileSize(file.size, i18n.language)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
