import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/identity';
import { roleLabel } from './roles';

interface RoleCheckboxesProps {
  idPrefix: string;
  legend: string;
  selected: Role[];
  error?: string;
  onChange: (roles: Role[]) => void;
}

export function RoleCheckboxes({ idPrefix, legend, selected, error, onChange }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-error`;

  function toggle(role: Role, checked: boolean) {
    onChange(ROLES.filter((candidate) => (candidate === role ? checked : selected.includes(candidate))));
  }

  return (
    <fieldset className={error ? 'roles field--error' : 'roles'} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="roles__options">
        {ROLES.map((role) => (
          <div className="checkbox" key={role}>
            <input
              id={`${idPrefix}-${role}`}
              type="checkbox"
              checked={selected.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
            />
            <label htmlFor={`${idPrefix}-${role}`}>{roleLabel(role, t)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
