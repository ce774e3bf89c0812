import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  /** What it resizes, as its accessible name says ("Resize the article list"). */
  label: string;
  /** `vertical`: a bar between columns (drag sideways); `horizontal`: between rows. */
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  /** The new size for a pointer at `position` (clientX or clientY) or a key step of `delta`. */
  onResize: (size: number) => void;
  /** Size given a pointer position (px), from where the resized panel's edge starts. */
  sizeAt: (position: number) => number;
  /** Keys move the size this way: +1 when ArrowRight / ArrowDown grows the panel. */
  grow: 1 | -1;
  controls?: string;
  className?: string;
}

const STEP = 24;

/**
 * A window splitter (WAI-ARIA's pattern): drag it, or focus it and use the arrow keys (Shift for
 * bigger steps), Home and End. Its value is the panel's size in pixels.
 */
export function Splitter(props: Props) {
  const dragging = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const forward = props.orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const back = props.orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = null;
    if (e.key === forward) next = props.value + props.grow * step;
    else if (e.key === back) next = props.value - props.grow * step;
    else if (e.key === 'Home') next = props.min;
    else if (e.key === 'End') next = props.max;
    if (next === null) return;
    e.preventDefault();
    props.onResize(Math.min(props.max, Math.max(props.min, next)));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const size = props.sizeAt(props.orientation === 'vertical' ? e.clientX : e.clientY);
    props.onResize(Math.min(props.max, Math.max(props.min, Math.round(size))));
  };
  const stop = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={props.label}
      aria-orientation={props.orientation}
      aria-valuenow={Math.round(props.value)}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      aria-controls={props.controls}
      className={`splitter splitter-${props.orientation} ${props.className ?? ''}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={stop}
      onPointerCancel={stop}
    />
  );
}
