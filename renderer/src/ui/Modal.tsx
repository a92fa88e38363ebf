import { useEffect, useEffectEvent, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from './Icon';
import './modal.css';

interface ModalProps {
  title: string;
  children: ReactNode;
  /** The buttons at the bottom. */
  footer?: ReactNode;
  /** When given, the body is a form and Enter submits it. */
  onSubmit?: () => void;
  onClose: () => void;
  wide?: boolean;
}

const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: focus moves in (to the first field, or the first button),
 * Tab stays inside, Escape or Close leaves, and focus returns where it was.
 */
export function Modal({ title, children, footer, onSubmit, onClose, wide }: ModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    // The first field the reader can use (a hidden file input cannot take focus), else the first control.
    const candidates = [...(dialog?.querySelectorAll<HTMLElement>(`[data-autofocus], ${FOCUSABLE}`) ?? [])].filter(
      (element) => !element.hidden,
    );
    const first =
      candidates.find((element) => element.hasAttribute('data-autofocus')) ??
      candidates.find((element) => element.matches('input, select, textarea')) ??
      candidates[0];
    first?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  // Escape closes the dialog even when the focused control just went away (focus fell to the page).
  const close = useEffectEvent(onClose);
  useEffect(() => {
    const onDocumentKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onDocumentKeyDown);
    return () => document.removeEventListener('keydown', onDocumentKeyDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys inside the dialog never reach the reader's single-key shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  const body = (
    <>
      <div className="modal__body">{children}</div>
      {footer && <footer className="modal__footer">{footer}</footer>}
    </>
  );

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        className={wide ? 'modal modal--wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <header className="modal__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        {onSubmit ? <form onSubmit={submit}>{body}</form> : body}
      </div>
    </div>
  );
}
