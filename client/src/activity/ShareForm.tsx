import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { publishPost, type Post } from '../api/activity';
import { listSpaces, MOST_SPACES_AT_ONCE } from '../api/spaces';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { MarkdownEditor } from './MarkdownEditor';
import { ErrorText } from '../components/form/ErrorText';
import { SelectField } from '../components/form/SelectField';

/**
 * Sharing a post with your own words above it: a company-wide post to your followers or into one of
 * your spaces; a post from a space within that space only, where its readers are.
 */
export function ShareForm({ post, onShared }: { post: Post; onShared: (share: Post) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [spaceId, setSpaceId] = useState(post.space?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const spaces = useLoad(['share-spaces', post.space?.id], async (signal) =>
    post.space ? [] : (await listSpaces({ mine: true, limit: MOST_SPACES_AT_ONCE }, signal)).items.filter((space) => space.myRole !== null && !space.archived),
  );
  const destination = post.space ?? spaces.value?.find((space) => space.id === spaceId);

  async function share(event: FormEvent) {
    event.preventDefault();
    try {
      onShared(await publishPost({ body, sharedPostId: post.id, spaceId: destination?.id }, idempotencyKey));
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  }

  return (
    <form className="share-form" onSubmit={share}>
      {!post.space && (spaces.value?.length ?? 0) > 0 && (
        <SelectField
          id={`share-where-${post.id}`}
          label={t('post.shareWhere')}
          value={spaceId}
          options={[{ value: '', label: t('post.shareToFollowers') }, ...(spaces.value ?? []).map((space) => ({ value: space.id, label: space.name }))]}
          onValueChange={setSpaceId}
        />
      )}
      {spaces.status === 'failed' && <LoadFailed compact error={spaces.error} onRetry={spaces.reload} message={t('post.shareSpacesFailed')} />}
      <MarkdownEditor id={`share-${post.id}`} label={t('post.shareLabel')} value={body} onChange={setBody} rows={2} spaceId={destination?.id} />
      <ErrorText message={error} />
      <button type="submit" className="button">
        {destination ? t('post.shareInSpace', { space: destination.name }) : t('post.shareSubmit')}
      </button>
    </form>
  );
}
