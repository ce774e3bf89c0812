import { useId, useRef, useState, type ReactNode } from 'react';
import { useOutsideClose } from './use-outside-close';

/** One action of a menu: what it says, what it does, and where it belongs. */
export interface MenuAction {
  label: string;
  /** The heading it is listed under (consecutive actions of one group are listed together). */
  group: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Shown beside the label and announced (aria-keyshortcuts), e.g. "Control+K". */
  keys?: string;
  /** Shown beside the label for the eye, e.g. "Ctrl+K". */
  hint?: string;
}

/**
 * A menu button (WAI-ARIA menu pattern): the less-used actions of a toolbar, one click away.
 * Opens on click, Enter, Space or ↓ with the first action focused; ↑/↓, Home and End move, Enter
 * chooses, Esc closes and gives focus back to the button, Tab or a click outside closes it.
 */
export function MenuButton({
  label,
  actions,
  className,
  children,
}: {
  label: string;
  actions: readonly MenuAction[];
  className?: string;
  /** What the button shows (its accessible name is `label`). */
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const focusAt = (i: number) => {
    const all = items().filter((b) => !b.disabled);
    if (all.length) all[(i + all.length) % all.length]!.focus();
  };

  useOutsideClose(open, [button, menu], () => setOpen(false), '[role="menuitem"]:not(:disabled)');

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = items().filter((b) => !b.disabled);
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') focusAt(at + 1);
    else if (e.key === 'ArrowUp') focusAt(at - 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(-1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const groups: Array<{ name: string; actions: MenuAction[] }> = [];
  for (const a of actions) {
    const last = groups.at(-1);
    if (last?.name === a.group) last.actions.push(a);
    else groups.push({ name: a.group, actions: [a] });
  }

  return (
    <span className={`menu-button ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={children ? label : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children ?? label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div ref={menu} id={id} role="menu" aria-label={label} className="menu" onKeyDown={onMenuKey}>
          {groups.map((g) => (
            <div role="group" aria-label={g.name} key={g.name} className="menu-group">
              <div className="menu-heading" aria-hidden="true">
                {g.name}
              </div>
              {g.actions.map((a) => (
                <button
                  key={a.label}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item"
                  disabled={a.disabled}
                  aria-keyshortcuts={a.keys}
                  onClick={() => {
                    // Focus back on the button first: a dialog the action opens returns it there.
                    close(true);
                    a.onSelect();
                  }}
                >
                  <span>{a.label}</span>
                  {a.hint ? <kbd aria-hidden="true">{a.hint}</kbd> : null}
                </button>
              ))}
            </div>
          ))}
        </div>
      ) : null}
    </span>
  );
}
