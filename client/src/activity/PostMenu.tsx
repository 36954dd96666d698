import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePost, editPost, setMuted, type Change, type Post } from '../api/activity';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { MarkdownEditor } from './MarkdownEditor';

interface PostMenuProps {
  post: Post;
  mine: boolean;
  onChange(change: Change<Post>): void;
  onMuted(kind: 'person' | 'conversation'): void;
}

/** The less frequent actions: editing and deleting your own post, muting someone else's. */
export function PostMenu({ post, mine, onChange, onMuted }: PostMenuProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(post.bodyMarkdown);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
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
            <button type="button" className="link-button" onClick={() => void mute('person')}>
              {t('post.mutePerson', { name: post.author.displayName })}
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
        <form className="post-edit" onSubmit={save}>
          <MarkdownEditor id={`edit-${post.id}`} label={t('post.editLabel')} value={body} onChange={setBody} />
          <button type="submit" className="button">
            {t('post.saveEdit')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
            {t('post.cancel')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
    </>
  );
}
