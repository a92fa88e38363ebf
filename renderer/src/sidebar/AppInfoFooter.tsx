import type { AppInfo } from '@contract/models';
import { describeError } from '../errors/to-error';
import { useRuntimeInfo } from '../shell/runtime-info';

const RUNTIME_LABELS: Record<AppInfo['runtime'], string> = {
  electron: 'Desktop app',
  preview: 'Browser preview',
};

/** Name, version and runtime from `app.getInfo`: the first thing wired end to end. */
export function AppInfoFooter() {
  const info = useRuntimeInfo();
  if (info.status === 'loading') return <p className="app-info">Broadsheet</p>;
  if (info.status === 'error') {
    return (
      <p className="app-info app-info--error" role="alert">
        Version unavailable: {describeError(info.error)}{' '}
        <button type="button" className="link-button" onClick={info.retry}>
          Try again
        </button>
      </p>
    );
  }
  return (
    <p className="app-info">
      <span className="app-info__name">{info.value.name}</span>{' '}
      <span className="app-info__version">{info.value.version}</span>
      <span className="app-info__runtime">{RUNTIME_LABELS[info.value.runtime]}</span>
    </p>
  );
}
