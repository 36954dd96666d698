import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getOrgChart, type Profile } from '../api/profiles';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { Avatar } from './Avatar';
import { PersonNotLoaded } from './PersonNotLoaded';

function Node({ person, current = false }: { person: Profile; current?: boolean }) {
  return (
    <span className={current ? 'org__node org__node--current' : 'org__node'}>
      <Avatar person={person} size={64} />
      <span>
        {current ? (
          <strong aria-current="page">{person.displayName}</strong>
        ) : (
          <Link to={`/people/${person.id}/org-chart`}>{person.displayName}</Link>
        )}
        {person.jobTitle && <span className="person__title"> — {person.jobTitle}</span>}
      </span>
    </span>
  );
}

/** The manager chain up to the top, the person, and their direct reports; every name moves the chart there. */
export function OrgChartPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useLoad(id, (signal) => getOrgChart(id, signal));
  useDocumentTitle(t('orgChart.title'));

  if (loaded.status === 'loading') {
    return <p role="status">{t('orgChart.loading')}</p>;
  }
  if (loaded.status === 'failed') {
    return <PersonNotLoaded title={t('orgChart.title')} error={loaded.error} onRetry={loaded.reload} />;
  }

  const chart = loaded.value;

  const reports = chart.reports.length > 0 && (
    <ul className="org__reports" aria-label={t('orgChart.reports', { name: chart.person.displayName })}>
      {chart.reports.map((person) => (
        <li key={person.id}>
          <Node person={person} />
        </li>
      ))}
    </ul>
  );
  // Nested lists read as a tree: each manager's item holds the next level down.
  const tree = [...chart.chain].reverse().reduce(
    (inner, manager) => (
      <ul className="org__level">
        <li>
          <Node person={manager} />
          {inner}
        </li>
      </ul>
    ),
    <ul className="org__level">
      <li>
        <Node person={chart.person} current />
        {reports}
      </li>
    </ul>,
  );

  return (
    <>
      <h1>{t('orgChart.title')}</h1>
      <p>
        <Link to={`/people/${chart.person.id}`}>{t('orgChart.profileOf', { name: chart.person.displayName })}</Link>
      </p>
      <nav aria-label={t('orgChart.title')} className="org">
        {tree}
      </nav>
    </>
  );
}
