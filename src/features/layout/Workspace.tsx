import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { Splitter } from './Splitter';
import { LayoutContext, LIMITS, useLayout } from './use-layout';

/** Below this height of the workspace (a 900 px window), Claims rows are one line each (styles.css). */
const SHORT_MAIN = 860;
/** The Claims panel's bar (43 px), its header row (31) and five one-line rows (30 each), with a margin. */
const FIVE_ROWS = 43 + 31 + 5 * 30 + 4;

interface Props {
  articles: ReactNode;
  reader: ReactNode;
  evidence: ReactNode;
  claims: ReactNode;
}

/**
 * The workspace: the article list, the reader with the evidence beside it, and the Claims table
 * below. The list and the table are resized with splitters (mouse or keyboard) and the list can be
 * hidden; the sizes are remembered in this browser.
 */
export function Workspace({ articles, reader, evidence, claims }: Props) {
  const layoutState = useLayout();
  const [layout, setLayout] = layoutState;
  const workspace = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const [mainHeight, setMainHeight] = useState(0);
  useEffect(() => {
    const el = main.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setMainHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // The table's height until the user chooses one: what the window suggests.
  const claimsMax = Math.max(LIMITS.claims.min, Math.min(LIMITS.claims.max, mainHeight - 140));
  // On a laptop's height the table starts at what shows its bar, header and five one-line rows,
  // leaving the article the rest; taller windows give it 40%.
  const suggested = mainHeight < SHORT_MAIN ? FIVE_ROWS : Math.max(256, Math.round(mainHeight * 0.4));
  const claimsHeight = Math.min(layout.claims || suggested, claimsMax);
  const style = {
    '--sidebar-w': `${layout.sidebar}px`,
    '--evidence-w': `${layout.evidence}px`,
    ...(mainHeight ? { '--claims-h': `${claimsHeight}px` } : {}),
  } as CSSProperties;
  return (
    <LayoutContext.Provider value={layoutState}>
      <div
        ref={workspace}
        className={`workspace${layout.sidebarHidden ? ' sidebar-hidden' : ''}`}
        style={style}
      >
        {layout.sidebarHidden ? (
          <div className="sidebar-rail">
            <button
              type="button"
              className="rail-button"
              aria-label="Show the article list"
              title="Show the article list"
              aria-expanded={false}
              onClick={() => setLayout({ sidebarHidden: false })}
            >
              »
            </button>
          </div>
        ) : (
          <div className="sidebar-column" id="article-list-column">
            <button
              type="button"
              className="rail-button hide-list"
              aria-label="Hide the article list"
              title="Hide the article list"
              aria-expanded
              aria-controls="article-list-column"
              onClick={() => setLayout({ sidebarHidden: true })}
            >
              «
            </button>
            {articles}
          </div>
        )}
        {layout.sidebarHidden ? null : (
          <Splitter
            label="Resize the article list"
            orientation="vertical"
            value={layout.sidebar}
            min={LIMITS.sidebar.min}
            max={LIMITS.sidebar.max}
            grow={1}
            controls="article-list-column"
            sizeAt={(x) => x - (workspace.current?.getBoundingClientRect().left ?? 0)}
            onResize={(sidebar) => setLayout({ sidebar })}
          />
        )}
        <main className="main" ref={main}>
          {reader}
          {evidence}
          <Splitter
            label="Resize the Claims table"
            orientation="horizontal"
            value={claimsHeight}
            min={LIMITS.claims.min}
            max={claimsMax}
            grow={-1}
            controls="claims-panel"
            sizeAt={(y) => (main.current?.getBoundingClientRect().bottom ?? 0) - y}
            onResize={(claims) => setLayout({ claims })}
          />
          {claims}
        </main>
      </div>
    </LayoutContext.Provider>
  );
}
