import { NavLink } from 'react-router-dom';

export interface SectionTab {
  to: string;
  label: string;
}

/** A page's sections as tabs under its heading, the current one marked as the page. */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly SectionTab[] }) {
  return (
    <nav aria-label={label}>
      <ul className="section-tabs__list">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink className="section-tabs__link" to={tab.to} end>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
