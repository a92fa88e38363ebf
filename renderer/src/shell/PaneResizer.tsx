/**
 * The draggable edge between two panes: a focusable separator (WAI-ARIA's
 * window splitter) that the pointer drags, the arrow keys move by 16 px
 * (Shift: 64), Home and End take to its bounds, and a double-click (or
 * Enter) puts back where it started.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampWidth, type PaneBounds } from './pane-widths';

const STEP = 16;
const BIG_STEP = 64;

interface PaneResizerProps {
  label: string;
  width: number;
  bounds: PaneBounds;
  onResize: (width: number) => void;
  className?: string;
}

export function PaneResizer({ label, width, bounds, onResize, className = '' }: PaneResizerProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const set = (next: number) => onResize(clampWidth(next, bounds));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) set(drag.current.width + event.clientX - drag.current.x);
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, () => number> = {
      ArrowLeft: () => width - step,
      ArrowRight: () => width + step,
      Home: () => bounds.min,
      End: () => bounds.max,
      Enter: () => bounds.initial,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    set(move());
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={bounds.min}
      aria-valuemax={bounds.max}
      tabIndex={0}
      title={`${label} (double-click to reset)`}
      className={`pane-resizer ${className}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={() => set(bounds.initial)}
      onKeyDown={onKeyDown}
    />
  );
}
