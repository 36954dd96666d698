import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePost, editPost, setMuted, setPinned, type Change, type Post } from '../api/activity';
import { copyText } from '../components/copyText';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ReportButton } from '../moderation/ReportButton';
import { DeleteConfirmation } from './DeleteConfirmation';
import { EditForm } from './EditForm';
import { ErrorText } from '../components/form/ErrorText';

/** Pixels kept between the open menu and the screen's edges. */
const SCREEN_MARGIN = 8;

interface PostMenuProps {
  post: Post;
  mine: boolean;
  pinnable: boolean;
  onChange: (change: Change<Post>) => void;
  onMuted: (kind: 'person' | 'conversation') => void;
}

/**
 * The less frequent actions: editing and deleting your own post, muting someone else's, copying its link. They open
 * over the page rather than pushing it down, and close once one is chosen, on Escape, or when a
 * click or the keyboard goes elsewhere; reporting stays open for its reason.
 */
export function PostMenu({ post, mine, pinnable, onChange, onMuted }: PostMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [shiftedBack, setShiftedBack] = useState(0);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  function close() {
    if (menu.current) {
      menu.current.open = false;
    }
  }

  useEffect(() => {
    if (!open) {
      return;
    }
    function closeOutside(event: PointerEvent) {
      if (!menu.current?.contains(event.target as Node)) {
        close();
      }
    }
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function toggled(event: SyntheticEvent<HTMLDetailsElement>) {
    const details = event.currentTarget;
    setOpen(details.open);
    // Opened towards the end of the line, the items would run past the screen's edge: they move back, never past the other.
    const items = details.querySelector('.post-menu__items');
    const room = document.documentElement.clientWidth - SCREEN_MARGIN;
    const bounds = items?.getBoundingClientRect();
    setShiftedBack(details.open && bounds && bounds.right > room ? Math.min(bounds.right - room, bounds.left - SCREEN_MARGIN) : 0);
  }

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key === 'Escape' && menu.current?.open) {
      close();
      menu.current.querySelector('summary')?.focus();
    }
  }

  /** Tabbing past its last item leaves the menu: it closes rather than stay over the page. */
  function closeOnLeaving(event: FocusEvent<HTMLDetailsElement>) {
    if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) {
      close();
    }
  }

  /** Closes the menu, then does what was chosen. */
  function choose(action: () => void) {
    return () => {
      close();
      action();
    };
  }

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

  /** The post's own address, to paste where the network is not: a chat, an e-mail, a meeting invitation. */
  function copyLink() {
    close();
    const link = `${window.location.origin}/posts/${post.id}`;
    copyText(link).then(
      () => setCopied(t('post.linkCopied')),
      () => setCopied(t('post.linkNotCopied', { link })),
    );
    menu.current?.querySelector('summary')?.focus();
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
      <details ref={menu} className="post-menu" onToggle={toggled} onKeyDown={closeOnEscape} onBlur={closeOnLeaving}>
        <summary aria-expanded={open}>{t('post.more')}</summary>
        <div className="post-menu__items" style={shiftedBack > 0 ? { left: -shiftedBack } : undefined}>
          {mine ? (
            <>
              <button type="button" className="link-button" onClick={choose(() => setEditing(true))}>
                {t('post.edit')}
              </button>
              <button type="button" className="link-button" onClick={choose(() => setConfirmDelete(true))}>
                {t('post.delete')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={choose(() => void mute('person'))}>
                {t('post.mutePerson', { name: post.author.displayName })}
              </button>
              <ReportButton kind="post" id={post.id} />
            </>
          )}
          {pinnable && (
            <button type="button" className="link-button" onClick={choose(() => void pin(!post.pinned))}>
              {t(post.pinned ? 'post.unpin' : 'post.pin')}
            </button>
          )}
          <button type="button" className="link-button" onClick={choose(() => void mute('conversation'))}>
            {t('post.muteConversation')}
          </button>
          <button type="button" className="link-button" onClick={copyLink}>
            {t('post.copyLink')}
          </button>
        </div>
      </details>
      {copied && (
        <p className="post-menu__notice" role="status">
          {copied}
        </p>
      )}
      {confirmDelete && <DeleteConfirmation prompt={t('post.confirmDelete')} onConfirm={() => void remove()} onCancel={() => setConfirmDelete(false)} />}
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
