import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/useDocumentTitle';

export type Section = 'notifications';

/** Sections whose features are not built yet say plainly what they will hold. */
export function SectionPage({ section }: { section: Section }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`${section}.title`));

  return (
    <>
      <h1>{t(`${section}.title`)}</h1>
      <p className="lead">{t(`${section}.description`)}</p>
    </>
  );
}
