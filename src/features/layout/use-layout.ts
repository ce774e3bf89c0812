import { createContext, useCallback, useContext, useEffect, useState } from 'react';

/**
 * The sizes of the workspace's panels, as the user left them: remembered in this browser
 * (localStorage), applied as CSS custom properties on the workspace.
 */
export interface Layout {
  /** Width of the article list, px. */
  sidebar: number;
  sidebarHidden: boolean;
  /** Height of the Claims panel, px (0: as the window suggests). */
  claims: number;
  /** Width of the evidence panel, px. */
  evidence: number;
}

const KEY = 'corroborate.layout';
export const DEFAULT_LAYOUT: Layout = { sidebar: 272, sidebarHidden: false, claims: 0, evidence: 416 };

/** Sizes kept within reason: no panel narrower than it can be read, none taking the whole window. */
export const LIMITS = {
  sidebar: { min: 160, max: 480 },
  claims: { min: 120, max: 900 },
  evidence: { min: 260, max: 720 },
} as const;

const clamp = (v: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, v));

function read(): Layout {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Layout> | null;
    if (!v || typeof v !== 'object') return DEFAULT_LAYOUT;
    return {
      sidebar: typeof v.sidebar === 'number' ? clamp(v.sidebar, LIMITS.sidebar) : DEFAULT_LAYOUT.sidebar,
      sidebarHidden: v.sidebarHidden === true,
      claims: typeof v.claims === 'number' && v.claims > 0 ? clamp(v.claims, LIMITS.claims) : 0,
      evidence: typeof v.evidence === 'number' ? clamp(v.evidence, LIMITS.evidence) : DEFAULT_LAYOUT.evidence,
    };
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export function useLayout() {
  const [layout, setLayout] = useState<Layout>(read);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(layout));
    } catch {
      // Storage refused (private mode): the sizes last for this visit.
    }
  }, [layout]);
  const set = useCallback(
    (change: Partial<Layout>) =>
      setLayout((l) => {
        const next = { ...l, ...change };
        next.sidebar = clamp(next.sidebar, LIMITS.sidebar);
        next.evidence = clamp(next.evidence, LIMITS.evidence);
        if (next.claims) next.claims = clamp(next.claims, LIMITS.claims);
        return next;
      }),
    [],
  );
  return [layout, set] as const;
}

/** The workspace's layout, for panels that carry their own splitter (the evidence panel). */
export const LayoutContext = createContext<ReturnType<typeof useLayout> | null>(null);

export function useLayoutContext() {
  const value = useContext(LayoutContext);
  if (!value) throw new Error('useLayoutContext outside the workspace');
  return value;
}
