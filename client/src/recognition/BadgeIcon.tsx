import { BADGE_ICONS, badgeImageUrl, type Badge, type BadgeIconKey } from '../api/recognition';
import { LineIcon } from '../components/LineIcon';

function isBadgeIcon(icon: string): icon is BadgeIconKey {
  return (BADGE_ICONS as readonly string[]).includes(icon);
}

/**
 * A built-in icon by its key. Decorative unless given a label: next to a badge's name it adds
 * nothing for a screen reader.
 */
export function IconGlyph({ icon, label, size = 'medium' }: { icon: string; label?: string; size?: 'medium' | 'large' }) {
  return <LineIcon name={isBadgeIcon(icon) ? icon : 'star'} label={label} className={`badge-icon badge-icon--${size}`} />;
}

/** The badge's uploaded image when it has one, its built-in icon otherwise. */
export function BadgeIcon({ badge, label, size = 'medium' }: { badge: Pick<Badge, 'id' | 'icon' | 'imageVersion'>; label?: string; size?: 'medium' | 'large' }) {
  if (badge.imageVersion > 0) {
    return <img className={`badge-icon badge-icon--${size}`} src={badgeImageUrl(badge)} alt={label ?? ''} />;
  }
  return <IconGlyph icon={badge.icon} label={label} size={size} />;
}
