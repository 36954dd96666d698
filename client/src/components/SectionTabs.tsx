import { useLayoutEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router-dom';

export interface SectionTab {
  to: string;
  label: string;
}

/**
 * A page's sections as tabs under its heading, the current one marked as the page. On a phone the
 * tabs scroll sideways on one line, so the current one is brought into the list's view.
 */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly SectionTab[] }) {
  const list = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();

  useLayoutEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (list.current && current) {
      list.current.scrollLeft = current.offsetLeft - (list.current.clientWidth - current.offsetWidth) / 2;
    }
  }, [pathname]);

  return (
    <nav className="section-tabs" aria-label={label}>
      <ul ref={list} className="section-tabs__list">
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
