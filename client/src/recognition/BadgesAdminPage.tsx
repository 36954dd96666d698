import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBadge, listBadges, listValues, recomputeAchievements, type Badge } from '../api/recognition';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { AdminSections } from '../pages/admin/AdminSections';
import { BadgeAdminItem } from './BadgeAdminItem';
import { BadgeForm } from './BadgeForm';
import { inLanguage } from './useBilingual';

const EMPTY_DRAFT = { name: { fr: '', en: '' }, description: { fr: '', en: '' }, value: '', icon: 'star' };

/** Achievements are awarded from past contribution too; this catches up after rules or history changed. */
function RecomputeAchievements() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);

  function recompute() {
    setBusy(true);
    recomputeAchievements()
      .then(
        ({ awarded }) => setResult({ text: t('recognition.admin.recomputed', { count: awarded }), error: false }),
        (error: unknown) => setResult({ text: apiErrorMessage(error, t), error: true }),
      )
      .finally(() => setBusy(false));
  }

  return (
    <div className="admin-block">
      <p className="field__hint">{t('recognition.admin.recomputeHint')}</p>
      <button type="button" className="button button--secondary" disabled={busy} onClick={recompute}>
        {t('recognition.admin.recompute')}
      </button>
      {result && (result.error ? <ErrorText message={result.text} /> : <p role="status">{result.text}</p>)}
    </div>
  );
}

/** The badge catalogue: praise badges for the company values, and the achievements' names. */
export function BadgesAdminPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('recognition.admin.title'));
  const badges = useLoad('badge-catalogue', (signal) => listBadges(true, signal));
  const values = useLoad('badge-values', listValues);
  const [created, setCreated] = useState<string | null>(null);
  // A new form after each creation starts empty again.
  const [formKey, setFormKey] = useState(0);

  /** A value first used by a badge just saved is offered for the next ones. */
  function learnValue(value: string | null) {
    if (value) {
      values.update((current) => (current.includes(value) ? current : [...current, value].sort()));
    }
  }

  function replace(changed: Badge) {
    badges.update((current) => current.map((badge) => (badge.id === changed.id ? changed : badge)));
    learnValue(changed.value);
  }

  let status = '';
  if (badges.status === 'loading') {
    status = t('recognition.admin.loading');
  } else if (badges.value?.length === 0) {
    status = t('recognition.admin.empty');
  }

  return (
    <>
      <h1>{t('recognition.admin.title')}</h1>
      <AdminSections />
      <p className="lead">{t('recognition.admin.intro')}</p>
      <section className="admin-block" aria-labelledby="create-badge">
        <h2 id="create-badge">{t('recognition.admin.create')}</h2>
        {created && <p role="status">{created}</p>}
        <BadgeForm
          key={formKey}
          idPrefix="new-badge"
          initial={EMPTY_DRAFT}
          achievement={false}
          values={values}
          submitLabel={t('recognition.admin.createSubmit')}
          onSubmit={async (draft) => {
            const badge = await createBadge(draft);
            badges.update((current) => [badge, ...current]);
            learnValue(badge.value);
            setCreated(t('recognition.admin.created', { name: inLanguage(badge.name, i18n.resolvedLanguage) }));
            setFormKey((key) => key + 1);
          }}
        />
      </section>
      <section className="admin-block" aria-labelledby="badge-list">
        <h2 id="badge-list">{t('recognition.admin.list')}</h2>
        <RecomputeAchievements />
        <p className="directory__status" role="status">
          {status}
        </p>
        {badges.status === 'failed' && <LoadFailed error={badges.error} onRetry={badges.reload} />}
        {badges.value && badges.value.length > 0 && (
          <ul className="badge-admin-list" aria-label={t('recognition.admin.listLabel')}>
            {badges.value.map((badge) => (
              <BadgeAdminItem key={badge.id} badge={badge} values={values} onChange={replace} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
