import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import type { Capability } from '../api/identity';
import { useAuth } from '../auth/authContext';
import { useUnreadConversations } from '../messages/useUnreadConversations';
import { unreadShown } from '../notifications/notificationsContext';
import { ADMIN_SECTIONS } from '../pages/admin/AdminSections';

type NavKey = 'nav.home' | 'nav.people' | 'nav.spaces' | 'nav.recognition' | 'nav.messages' | 'nav.notifications' | 'nav.admin';

// External guests reach their spaces only: the directory, the recognition wall and messages between colleagues are the company's.
const LINKS: readonly { to: string; key: NavKey; end: boolean; capability?: Capability }[] = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/people', key: 'nav.people', end: false, capability: 'UseCompanyDirectory' },
  { to: '/spaces', key: 'nav.spaces', end: false },
  { to: '/recognition', key: 'nav.recognition', end: false, capability: 'UseCompanyDirectory' },
  { to: '/messages', key: 'nav.messages', end: false, capability: 'UseCompanyDirectory' },
  { to: '/notifications', key: 'nav.notifications', end: false },
];

const LIST_ID = 'primary-nav-list';
const WAITING_ID = 'primary-nav-waiting';

/**
 * A disclosure navigation: on narrow screens the list hides behind the menu button, with the
 * account's tools at its end (the top bar has no room for them there); on wide screens CSS always
 * shows the list and hides the button, and the account's tools are the top bar's.
 */
export function PrimaryNav({ account }: { account: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const unreadConversations = useUnreadConversations(can('UseCompanyDirectory'));
  const waiting = !open && unreadConversations ? unreadConversations : 0;
  const navRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Administration opens on the first of its pages the person may see: accounts for administrators, analytics for HR.
  const adminHome = ADMIN_SECTIONS.find((section) => can(section.capability));
  const allowed = LINKS.filter((link) => !link.capability || can(link.capability));
  const links = adminHome ? [...allowed, { to: adminHome.to, key: 'nav.admin' as const, end: false }] : allowed;

  useEffect(() => {
    setOpen(false);
  }, [pathname]);

  useEffect(() => {
    if (!open) {
      return;
    }
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') {
        return;
      }
      setOpen(false);
      if (navRef.current?.contains(document.activeElement)) {
        buttonRef.current?.focus();
      }
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <nav ref={navRef} className="primary-nav" aria-label={t('nav.label')}>
      <button
        ref={buttonRef}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={LIST_ID}
        aria-describedby={waiting > 0 ? WAITING_ID : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="menu-button__icon" aria-hidden="true" />
        {t('nav.menu')}
        {/* On a phone the closed menu hides the Messages link and its count: the button shows it. */}
        {waiting > 0 && (
          <span className="count-badge primary-nav__count" aria-hidden="true">
            {unreadShown(waiting)}
          </span>
        )}
      </button>
      {waiting > 0 && (
        <span id={WAITING_ID} hidden>
          {t('nav.messagesUnread', { count: waiting })}
        </span>
      )}
      <ul id={LIST_ID} className={open ? 'primary-nav__list is-open' : 'primary-nav__list'}>
        {links.map((link) => {
          // The badge's number is shown only; the link's name says what it counts.
          const unread = link.key === 'nav.messages' ? (unreadConversations ?? 0) : 0;
          return (
            <li key={link.to}>
              <NavLink
                className="primary-nav__link"
                to={link.to}
                end={link.end}
                aria-label={unread > 0 ? t('nav.messagesUnread', { count: unread }) : undefined}
              >
                {t(link.key)}
                {unread > 0 && (
                  <span className="count-badge primary-nav__count" aria-hidden="true">
                    {unreadShown(unread)}
                  </span>
                )}
              </NavLink>
            </li>
          );
        })}
        {open && <li className="primary-nav__account">{account}</li>}
      </ul>
    </nav>
  );
}
