import type { ReactNode } from 'react';

export interface Segment<T extends string> {
  value: T;
  content: ReactNode;
  /** The button's name when its content is an icon. */
  label?: string;
  title?: string;
}

/** A few joined buttons choosing one value (a layout, a text): each is a toggle button, pressed when chosen. */
export function SegmentedChoice<T extends string>({
  label,
  segments,
  value,
  onChange,
  buttonClassName,
}: {
  label: string;
  segments: readonly Segment<T>[];
  value: T;
  onChange: (value: T) => void;
  buttonClassName?: string;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {segments.map((segment) => (
        <button
          key={segment.value}
          type="button"
          className={buttonClassName ? `segmented__button ${buttonClassName}` : 'segmented__button'}
          aria-pressed={value === segment.value}
          aria-label={segment.label}
          title={segment.title}
          onClick={() => onChange(segment.value)}
        >
          {segment.content}
        </button>
      ))}
    </div>
  );
}
