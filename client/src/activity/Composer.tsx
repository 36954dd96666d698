import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { publishPost, type AttachmentView, type NewPost, type Post, type PostKind } from '../api/activity';
import { schedulePost } from '../api/scheduled';
import { ApiError } from '../api/http';
import { useAuth } from '../auth/authContext';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { useDraft } from '../components/useDraft';
import { AttachmentPicker } from './AttachmentPicker';
import { MarkdownEditor } from './MarkdownEditor';
import { PollFields, emptyPoll, type PollDraft } from './PollFields';
import { ErrorText } from '../components/form/ErrorText';
import { TextField } from '../components/form/TextField';

const KINDS: readonly PostKind[] = ['post', 'poll', 'question', 'announcement'];

/** Writing a post: text, attachments, and what kind of post it is. */
interface ComposerProps {
  onPublished: (post: Post) => void;
  /** Writing in a space: the post is for the space's readers, and its managers may announce. */
  space?: { id: string; managed: boolean };
}

export function Composer({ onPublished, space }: ComposerProps) {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const [kind, setKind] = useState<PostKind>('post');
  const [body, setBody] = useDraft(`post:${space?.id ?? 'streams'}`);
  const [attachments, setAttachments] = useState<AttachmentView[]>([]);
  const [poll, setPoll] = useState<PollDraft>(emptyPoll);
  const [mustRead, setMustRead] = useState(false);
  const [later, setLater] = useState(false);
  const [publishAt, setPublishAt] = useState('');
  const [scheduledFor, setScheduledFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  // One key per draft: retrying after a lost answer gives back the post already made.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const kinds = KINDS.filter((k) => k !== 'announcement' || (space ? space.managed : can('PublishAnnouncements')));

  async function publish(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('composer.empty'));
      return;
    }
    if (later && !(publishAt && new Date(publishAt).getTime() > Date.now())) {
      setError(t('composer.scheduleInFuture'));
      return;
    }
    const draft: NewPost = { body, kind, attachmentIds: attachments.map((a) => a.id), spaceId: space?.id };
    if (kind === 'poll') {
      draft.poll = {
        options: poll.options.map((o) => o.trim()).filter(Boolean),
        multipleChoice: poll.multipleChoice,
        closesAt: poll.closesAt ? new Date(poll.closesAt).toISOString() : null,
      };
    }
    if (kind === 'announcement') {
      draft.mustRead = mustRead;
    }
    setPublishing(true);
    setError(null);
    setScheduledFor(null);
    try {
      if (later) {
        const scheduled = await schedulePost(draft, new Date(publishAt).toISOString());
        setScheduledFor(scheduled.publishAt);
        setLater(false);
        setPublishAt('');
      } else {
        onPublished(await publishPost(draft, idempotencyKey));
      }
      setBody('');
      setAttachments([]);
      setPoll(emptyPoll);
      setMustRead(false);
      setKind('post');
      setIdempotencyKey(crypto.randomUUID());
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 400 ? t('composer.invalid', { kind: t(`post.kind.${kind}`) }) : apiErrorMessage(failure, t));
    } finally {
      setPublishing(false);
    }
  }

  return (
    <form className="composer panel" onSubmit={publish} aria-labelledby="composer-title" noValidate>
      <h2 id="composer-title" className="visually-hidden">
        {t('composer.title')}
      </h2>
      <fieldset className="composer__kinds">
        <legend className="visually-hidden">{t('composer.kind')}</legend>
        {kinds.map((option) => (
          <label key={option} className={option === kind ? 'composer__kind is-selected' : 'composer__kind'}>
            <input type="radio" name="post-kind" value={option} checked={option === kind} onChange={() => setKind(option)} />
            {t(`post.kind.${option}`)}
          </label>
        ))}
      </fieldset>
      <MarkdownEditor id="composer-body" label={t(`composer.bodyLabel.${kind}`)} value={body} onChange={setBody} spaceId={space?.id} />
      {kind === 'poll' && <PollFields poll={poll} onChange={setPoll} />}
      {kind === 'announcement' && (
        <label className="checkbox">
          <input type="checkbox" checked={mustRead} onChange={(event) => setMustRead(event.target.checked)} />
          {t('composer.mustRead')}
        </label>
      )}
      <AttachmentPicker attachments={attachments} onChange={setAttachments} />
      <label className="checkbox">
        <input type="checkbox" checked={later} onChange={(event) => setLater(event.target.checked)} />
        {t('composer.later')}
      </label>
      {later && (
        <TextField id="composer-publish-at" type="datetime-local" label={t('composer.publishAt')} value={publishAt} onValueChange={setPublishAt} required />
      )}
      <ErrorText message={error} />
      {scheduledFor && (
        <p role="status">
          {t('composer.scheduled', { time: new Date(scheduledFor).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) })}{' '}
          <Link to="/scheduled">{t('composer.seeScheduled')}</Link>
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={publishing}>
          {t(later ? 'composer.schedule' : 'composer.publish')}
        </button>
      </div>
    </form>
  );
}
