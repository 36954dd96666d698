import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listAccounts, type Account } from '../../api/accounts';
import { useAuth } from '../../auth/authContext';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useDebouncedValue } from '../useDebouncedValue';
import { AccountCard } from './AccountCard';
import { AdminSections } from './AdminSections';
import { InviteForm } from './InviteForm';
import { LoadFailed } from '../../components/LoadFailed';
import { MoreButton } from '../../components/MoreButton';
import { useCursorList } from '../../components/useCursorList';

const ACCOUNTS_PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 250;

export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const { me } = useAuth();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  // Bumped after an invitation so that the new account shows up in the list.
  const [generation, setGeneration] = useState(0);
  const accounts = useCursorList(`${generation}|${search}`, (cursor, signal) =>
    listAccounts({ search, cursor, limit: ACCOUNTS_PAGE_SIZE }, signal),
  );
  const { update } = accounts;
  const replace = useCallback(
    (changed: Account) => update((account) => (account.id === changed.id ? changed : account)),
    [update],
  );

  let status = '';
  if (accounts.status === 'loading') {
    status = t('admin.accounts.loading');
  } else if (accounts.status === 'ready') {
    status =
      accounts.items.length === 0 ? t('admin.accounts.empty') : t('admin.accounts.shown', { count: accounts.items.length });
  }

  return (
    <>
      <h1>{t('admin.title')}</h1>
      <AdminSections />
      <section className="admin-block" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('admin.invite.heading')}</h2>
        <InviteForm onInvited={() => setGeneration((value) => value + 1)} />
      </section>
      <section className="admin-block" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t('admin.accounts.heading')}</h2>
        <form className="search" role="search" onSubmit={(event: FormEvent) => event.preventDefault()}>
          <label className="search__label" htmlFor="accounts-search">
            {t('admin.accounts.search')}
          </label>
          <input
            id="accounts-search"
            className="search__input"
            type="search"
            autoComplete="off"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </form>
        <p className="directory__status" role="status">
          {status}
        </p>
        {accounts.status === 'failed' && <LoadFailed error={accounts.error} onRetry={accounts.reload} />}
        {accounts.items.length > 0 && (
          <ul className="account-list" aria-label={t('admin.accounts.listLabel')}>
            {accounts.items.map((account) => (
              <AccountCard key={account.id} account={account} isSelf={account.id === me?.id} onChanged={replace} />
            ))}
          </ul>
        )}
        <MoreButton list={accounts} label={t('admin.accounts.loadMore')} loadingLabel={t('admin.accounts.loadingMore')} className="button" />
      </section>
    </>
  );
}
