import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { publishPost, type Post } from '../api/activity';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { MarkdownEditor } from './MarkdownEditor';
import { ErrorText } from '../components/form/ErrorText';

/** Sharing a post to your followers, with your own words above it. */
export function ShareForm({ post, onShared }: { post: Post; onShared: (share: Post) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  async function share(event: FormEvent) {
    event.preventDefault();
    try {
      // A post from a space is shared within that space, where its readers are.
      onShared(await publishPost({ body, sharedPostId: post.id, spaceId: post.space?.id }, idempotencyKey));
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  }

  return (
    <form className="share-form" onSubmit={share}>
      <MarkdownEditor id={`share-${post.id}`} label={t('post.shareLabel')} value={body} onChange={setBody} rows={2} spaceId={post.space?.id} />
      <ErrorText message={error} />
      <button type="submit" className="button">
        {t('post.shareSubmit')}
      </button>
    </form>
  );
}
