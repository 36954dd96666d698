import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { getDirectoryFacets } from '../api/profiles';
import { listValues, listWall } from '../api/recognition';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { useLoad } from '../components/useLoad';
import { PraiseCard } from './PraiseCard';

const PAGE_SIZE = 20;

interface Filters {
  value: string;
  department: string;
}

/**
 * Praise newest first, company-wide or in one space, filtered by company value and by the
 * department of the people praised. The filters go in the address so that coming back restores them.
 */
export function PraiseWall({ spaceId }: { spaceId?: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Held here as well as in the address, whose update lands a moment later: the selects follow the choice at once.
  const [filters, setFilters] = useState<Filters>(() => ({ value: params.get('value') ?? '', department: params.get('department') ?? '' }));
  // The choices of both filters: one line about their failure is enough, the wall itself is still shown.
  const choices = useLoad('wall-filter-choices', (signal) =>
    Promise.all([listValues(signal), getDirectoryFacets(signal)]).then(([values, facets]) => ({ values, departments: facets.departments })),
  );
  const wall = useCursorList(JSON.stringify([spaceId, filters]), (cursor, signal) =>
    listWall({ spaceId, value: filters.value, department: filters.department, cursor, limit: PAGE_SIZE }, signal),
  );

  function filter(next: Filters) {
    setFilters(next);
    const query = new URLSearchParams();
    if (next.value) {
      query.set('value', next.value);
    }
    if (next.department) {
      query.set('department', next.department);
    }
    setParams(query, { replace: true });
  }

  let status = '';
  if (wall.status === 'loading') {
    status = t('recognition.wall.loading');
  } else if (wall.status === 'ready' && wall.items.length === 0) {
    status = t('recognition.wall.empty');
  }

  return (
    <>
      <form className="wall-filters" aria-label={t('recognition.wall.filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="wall-value">
            {t('recognition.wall.value')}
          </label>
          <select id="wall-value" className="field__input" value={filters.value} onChange={(event) => filter({ ...filters, value: event.target.value })}>
            <option value="">{t('recognition.wall.allValues')}</option>
            {choices.value?.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="wall-department">
            {t('recognition.wall.department')}
          </label>
          <select
            id="wall-department"
            className="field__input"
            value={filters.department}
            onChange={(event) => filter({ ...filters, department: event.target.value })}
          >
            <option value="">{t('recognition.wall.allDepartments')}</option>
            {choices.value?.departments.map((department) => (
              <option key={department} value={department}>
                {department}
              </option>
            ))}
          </select>
        </div>
      </form>
      {choices.status === 'failed' && <LoadFailed error={choices.error} onRetry={choices.reload} compact />}
      <p className="directory__status" role="status">
        {status}
      </p>
      {wall.status === 'failed' && <LoadFailed error={wall.error} onRetry={wall.reload} />}
      {wall.items.length > 0 && (
        <ul className="praise-list" aria-label={t('recognition.wall.label')}>
          {wall.items.map((praise) => (
            <li key={praise.id}>
              <PraiseCard praise={praise} showSpace={!spaceId} />
            </li>
          ))}
        </ul>
      )}
      <MoreButton list={wall} label={t('recognition.wall.showMore')} loadingLabel={t('recognition.wall.loadingMore')} />
    </>
  );
}
