import { useState } from 'react';
import type { ExportFormat } from '@contract/methods/exports';
import { Modal } from '../ui/Modal';
import { useRuntime } from '../shell/runtime-info';
import { FORMAT_LABELS, type DialogFormat, type ExportChoice } from './export-choices';
import { useExportRun, type ExportPhase } from './use-export-run';
import './export-dialog.css';

interface ExportDialogProps {
  choices: readonly ExportChoice[];
  /** The reader's font, so a PDF reads like the reading view. */
  font?: 'serif' | 'sans';
  onClose: () => void;
}

/** What to export, in which format, then progress (with cancel) and the save dialog or a download. */
export function ExportDialog({ choices, font = 'serif', onClose }: ExportDialogProps) {
  const desktop = useRuntime() === 'electron';
  const formats = (Object.keys(FORMAT_LABELS) as DialogFormat[]).filter((format) => format !== 'pdf' || desktop);
  const [choiceKey, setChoiceKey] = useState(choices[0]?.key ?? '');
  const [format, setFormat] = useState<DialogFormat>('epub');
  const [images, setImages] = useState<'embed' | 'link'>('embed');
  const { phase, start, cancel } = useExportRun();
  const running = phase.state === 'running';
  const choice = choices.find((c) => c.key === choiceKey) ?? choices[0];

  const submit = () => {
    if (!choice || running) return;
    const pdf = format === 'pdf';
    const coreFormat: ExportFormat = pdf ? 'html' : format;
    void start({ what: choice.what, format: coreFormat, options: { images, print: pdf, font } }, pdf);
  };

  return (
    <Modal
      title="Export"
      onClose={() => {
        if (running) cancel();
        onClose();
      }}
      onSubmit={submit}
      footer={
        running ? (
          <button type="button" className="button" onClick={cancel}>
            Cancel export
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {phase.state === 'done' ? 'Close' : 'Cancel'}
            </button>
            <button type="submit" className="button button--primary">
              {phase.state === 'done' ? 'Export again' : 'Export'}
            </button>
          </>
        )
      }
    >
      <fieldset className="export-dialog__group" disabled={running}>
        <legend className="field__label">What</legend>
        {choices.map((c) => (
          <label key={c.key} className="check">
            <input
              type="radio"
              name="export-what"
              value={c.key}
              checked={choice?.key === c.key}
              onChange={() => setChoiceKey(c.key)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">Format</span>
        <select value={format} disabled={running} onChange={(event) => setFormat(event.target.value as DialogFormat)}>
          {formats.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      {format === 'md' && (
        <fieldset className="export-dialog__group" disabled={running}>
          <legend className="field__label">Pictures</legend>
          <label className="check">
            <input type="radio" name="export-images" checked={images === 'embed'} onChange={() => setImages('embed')} />
            Included as files (a .zip)
          </label>
          <label className="check">
            <input type="radio" name="export-images" checked={images === 'link'} onChange={() => setImages('link')} />
            Linked to their web addresses
          </label>
        </fieldset>
      )}
      <ExportStatus phase={phase} />
    </Modal>
  );
}

function ExportStatus({ phase }: { phase: ExportPhase }) {
  switch (phase.state) {
    case 'idle':
      return null;
    case 'running': {
      const { progress } = phase;
      return (
        <div className="export-dialog__status" role="status">
          <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label="Export progress" />
          <span>{progress ? `Exported ${progress.done} of ${progress.total} articles…` : 'Preparing the export…'}</span>
        </div>
      );
    }
    case 'done': {
      const { result, saved } = phase;
      const count = `${result.articleCount} ${result.articleCount === 1 ? 'article' : 'articles'}`;
      const text =
        saved.kind === 'download'
          ? `Downloading ${result.fileName} (${count}).`
          : saved.path
            ? `Saved ${count} to ${saved.path}.`
            : 'The export was not saved.';
      return (
        <p className="export-dialog__status" role="status">
          {text}
        </p>
      );
    }
    case 'cancelled':
      return (
        <p className="export-dialog__status" role="status">
          Export cancelled.
        </p>
      );
    case 'failed':
      return (
        <p className="form-error" role="alert">
          The export failed: {phase.message}
        </p>
      );
  }
}
