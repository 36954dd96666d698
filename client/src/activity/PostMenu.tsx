import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePost, editPost, setMuted, setPinned, type Change, type Post } from '../api/activity';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ReportButton } from '../moderation/ReportButton';
import { EditForm } from './EditForm';
import { ErrorText } from '../components/form/ErrorText';

interface PostMenuProps {
  post: Post;
  mine: boolean;
  pinnable: boolean;
  onChange: (change: Change<Post>) => void;
  onMuted: (kind: 'person' | 'conversation') => void;
}

/** The less frequent actions: editing and deleting your own post, muting someone else's. */
export function PostMenu({ post, mine, pinnable, onChange, onMuted }: PostMenuProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(body: string) {
    try {
      const edited = await editPost(post.id, body);
      onChange(() => edited);
      setEditing(false);
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  }

  async function remove() {
    try {
      await deletePost(post.id);
      onChange((current) => ({ ...current, deleted: true, bodyHtml: '', bodyMarkdown: '', attachments: [] }));
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  }

  async function pin(pinned: boolean) {
    try {
      await setPinned(post.id, pinned);
      onChange((current) => ({ ...current, pinned }));
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  }

  async function mute(kind: 'person' | 'conversation') {
    try {
      await setMuted(kind, kind === 'person' ? post.author.id : post.id, true);
      onMuted(kind);
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  }

  return (
    <>
      <details className="post-menu">
        <summary>{t('post.more')}</summary>
        <div className="post-menu__items">
          {mine ? (
            <>
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                {t('post.edit')}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirmDelete(true)}>
                {t('post.delete')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => void mute('person')}>
                {t('post.mutePerson', { name: post.author.displayName })}
              </button>
              <ReportButton kind="post" id={post.id} />
            </>
          )}
          {pinnable && (
            <button type="button" className="link-button" onClick={() => void pin(!post.pinned)}>
              {t(post.pinned ? 'post.unpin' : 'post.pin')}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => void mute('conversation')}>
            {t('post.muteConversation')}
          </button>
        </div>
      </details>
      {confirmDelete && (
        <div className="confirm" role="group" aria-label={t('post.delete')}>
          <p className="confirm__prompt">{t('post.confirmDelete')}</p>
          <button type="button" className="button button--danger" onClick={() => void remove()}>
            {t('post.delete')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(false)}>
            {t('post.cancel')}
          </button>
        </div>
      )}
      {editing && (
        <EditForm
          id={`edit-${post.id}`}
          label={t('post.editLabel')}
          initial={post.bodyMarkdown}
          onSave={(body) => void save(body)}
          onCancel={() => setEditing(false)}
          spaceId={post.space?.id}
        />
      )}
      <ErrorText message={error} />
    </>
  );
}
