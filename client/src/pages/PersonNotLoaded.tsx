import { useTranslation } from 'react-i18next';
import { namesNothing } from '../api/http';
import { LoadFailed } from '../components/LoadFailed';

interface PersonNotLoadedProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/**
 * A page about one person whose load failed: under its heading (where Try again's focus lands), the
 * person does not exist when the server says the address names nobody, and any other failure is
 * offered again.
 */
export function PersonNotLoaded({ title, error, onRetry }: PersonNotLoadedProps) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      {namesNothing(error) ? (
        <p role="alert" className="alert">
          {t('profile.missing')}
        </p>
      ) : (
        <LoadFailed error={error} onRetry={onRetry} />
      )}
    </>
  );
}
