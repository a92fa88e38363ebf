/**
 * Settings → About: the version, and the folders a reader with a problem is asked about: where the library
 * lives and where the log is (`app.getInfo`). The paths are text to select and copy; the desktop app's Help
 * menu opens the log folder.
 */
import { useId } from 'react';
import { describeError } from '../errors/to-error';
import { useRuntimeInfo } from '../shell/runtime-info';

export function AboutGroup() {
  const titleId = useId();
  const info = useRuntimeInfo();
  return (
    <section className="settings-group" aria-labelledby={titleId}>
      <h3 className="settings-group__title" id={titleId}>
        About
      </h3>
      {info.status === 'loading' && <p className="settings-field__description">Loading…</p>}
      {info.status === 'error' && (
        <p className="settings-field__error" role="alert">
          Not available: {describeError(info.error)}{' '}
          <button type="button" className="link-button" onClick={info.retry}>
            Try again
          </button>
        </p>
      )}
      {info.status === 'ready' && (
        <>
          <dl className="settings-about">
            <dt>Version</dt>
            <dd>
              {info.value.name} {info.value.version}
            </dd>
            <dt>Data folder</dt>
            <dd>
              <code>{info.value.dataDir}</code>
            </dd>
            {info.value.logDir && (
              <>
                <dt>Log folder</dt>
                <dd>
                  <code>{info.value.logDir}</code>
                </dd>
              </>
            )}
          </dl>
          {info.value.logDir && (
            <p className="settings-field__description">
              When something goes wrong, the files in the log folder say what happened: send them with your report. They
              never hold passwords, tokens or what you read.
              {info.value.runtime === 'electron' && ' Help → Open Log Folder shows them.'}
            </p>
          )}
        </>
      )}
    </section>
  );
}
