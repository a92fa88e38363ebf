import type { ReactNode } from 'react';
import { Icon } from './Icon';
import './banner.css';

export type BannerTone = 'info' | 'warning' | 'error';

interface BannerProps {
  tone: BannerTone;
  title: string;
  children?: ReactNode;
  /** Urgent banners interrupt a screen reader; the rest wait their turn. */
  urgent?: boolean;
  dismissLabel?: string;
  onDismiss?: () => void;
}

/** One full-width message above the panes: a notice, an error, the core's state. */
export function Banner({ tone, title, children, urgent, dismissLabel, onDismiss }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={urgent ? 'alert' : 'status'}>
      <Icon name={tone} className="banner__icon" />
      <div className="banner__text">
        <strong className="banner__title">{title}</strong>
        {children && <span className="banner__message">{children}</span>}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="banner__dismiss"
          aria-label={dismissLabel ?? `Dismiss: ${title}`}
          onClick={onDismiss}
        >
          <Icon name="close" />
        </button>
      )}
    </div>
  );
}
