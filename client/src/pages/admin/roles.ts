import type { TFunction } from 'i18next';
import { ROLES, type Role } from '../../api/identity';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Platform roles in the reader's language; a role this client does not know keeps its server name. */
export function roleLabel(role: string, t: TFunction): string {
  return isRole(role) ? t(`roles.${role}`) : role;
}
