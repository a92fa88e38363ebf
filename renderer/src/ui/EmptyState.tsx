/** The calm "nothing here yet" block every pane shows before there is content. */
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './empty-state.css';

export function EmptyState({ icon, title, children }: { icon?: IconName; title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      {icon && <Icon name={icon} className="empty-state__icon" />}
      <p className="empty-state__title">{title}</p>
      {children && <p className="empty-state__hint">{children}</p>}
    </div>
  );
}
