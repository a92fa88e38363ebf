import type { CoreStatus, Notice } from '@contract/models';
import { useReportedErrors } from '../errors/ErrorProvider';
import { describeError } from '../errors/to-error';
import { Banner } from '../ui/Banner';

interface BannersProps {
  status: CoreStatus | null;
  notices: Notice[];
  onDismissNotice: (id: string) => void;
  /** The browser or the core says there is no network. */
  offline?: boolean;
}

/** Everything the reader must be told, newest concerns first: the core's health, errors, then notices. */
export function Banners({ status, notices, onDismissNotice, offline = false }: BannersProps) {
  const { errors, dismiss } = useReportedErrors();
  return (
    <div className="banners" aria-label="Messages" role="region">
      {status?.state === 'restarting' && (
        <Banner tone="warning" title="The library is restarting">
          {status.message ?? 'Broadsheet will reconnect in a moment.'}
        </Banner>
      )}
      {status?.state === 'failed' && (
        <Banner tone="error" title="The library stopped working" urgent>
          {status.message ?? 'Quit and reopen Broadsheet to try again.'}
        </Banner>
      )}
      {offline && (
        <Banner tone="info" title="You’re offline">
          Everything saved stays readable. Feeds refresh when the connection returns.
        </Banner>
      )}
      {errors.map((entry) => (
        <Banner
          key={entry.id}
          tone="error"
          title={`${entry.action} failed`}
          urgent
          dismissLabel="Dismiss error"
          onDismiss={() => dismiss(entry.id)}
        >
          {describeError(entry.error)}
        </Banner>
      ))}
      {notices.map((notice) => (
        <Banner
          key={notice.id}
          tone={notice.level}
          title={notice.title}
          urgent={notice.level === 'error'}
          dismissLabel={`Dismiss notice: ${notice.title}`}
          onDismiss={() => onDismissNotice(notice.id)}
        >
          {notice.message}
        </Banner>
      ))}
    </div>
  );
}
