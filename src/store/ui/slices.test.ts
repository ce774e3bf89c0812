import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from '../ui-store';
import { selectDialogOpen } from './dialogs';
import { selectEditedClaimId, selectEditorOpen } from './editor';
import { DEFAULT_SORT, NO_FILTERS, selectFiltered } from './filters';
import { selectPlace } from './navigation';
import { selectToast } from './notices';

const initial = useUi.getState();
beforeEach(() => useUi.setState(initial, true));

describe('navigation', () => {
  it('opening an article drops a pending flash; showing a claim opens its article and flashes it anew', () => {
    const ui = useUi.getState();
    expect(selectPlace(useUi.getState())).toBeNull();
    ui.showClaim('a1', 'c1');
    ui.showClaim('a1', 'c1');
    expect(useUi.getState()).toMatchObject({
      openArticleId: 'a1',
      activeClaimId: 'c1',
      focusClaimId: 'c1',
      focusNonce: 2,
    });
    expect(selectPlace(useUi.getState())).toEqual({ kind: 'claim', articleId: 'a1', claimId: 'c1' });
    ui.openArticle('a2');
    expect(useUi.getState()).toMatchObject({ openArticleId: 'a2', focusClaimId: null, activeClaimId: 'c1' });
    ui.setActiveClaim(null);
    expect(selectPlace(useUi.getState())).toEqual({ kind: 'article', articleId: 'a2' });
  });
});

describe('editor', () => {
  it('opens on a stored claim and closes', () => {
    const ui = useUi.getState();
    expect(selectEditorOpen(useUi.getState())).toBe(false);
    ui.openEditor({ mode: 'edit', claimId: 'c1' });
    expect(selectEditedClaimId(useUi.getState())).toBe('c1');
    ui.closeEditor();
    expect(selectEditorOpen(useUi.getState())).toBe(false);
  });
});

describe('filters', () => {
  it('merge, clear, sort and group; whitespace alone filters nothing', () => {
    const ui = useUi.getState();
    expect(useUi.getState().sort).toEqual(DEFAULT_SORT);
    ui.setFilters({ search: '   ' });
    expect(selectFiltered(useUi.getState())).toBe(false);
    ui.setFilters({ verdict: 'disputed' });
    ui.setFilters({ categoryId: 'denials' });
    expect(useUi.getState().filters).toEqual({
      ...NO_FILTERS,
      search: '   ',
      verdict: 'disputed',
      categoryId: 'denials',
    });
    expect(selectFiltered(useUi.getState())).toBe(true);
    ui.clearFilters();
    expect(useUi.getState().filters).toEqual(NO_FILTERS);
    ui.setSort({ id: 'claim', desc: false });
    ui.setGrouped(true);
    expect(useUi.getState()).toMatchObject({ sort: { id: 'claim', desc: false }, grouped: true });
  });
});

describe('dialogs', () => {
  it('open, close and toggle one at a time', () => {
    const ui = useUi.getState();
    ui.openDialog('matrix');
    ui.toggleDialog('help');
    expect(selectDialogOpen('matrix')(useUi.getState())).toBe(true);
    expect(selectDialogOpen('help')(useUi.getState())).toBe(true);
    ui.toggleDialog('help');
    ui.closeDialog('matrix');
    expect(Object.values(useUi.getState().dialogs).some(Boolean)).toBe(false);
  });
});

describe('notices', () => {
  it('each toast is new, even with the same words; dismiss clears it', () => {
    const ui = useUi.getState();
    ui.showToast({ message: 'Saved.', tone: 'info' });
    const first = selectToast(useUi.getState())!;
    ui.showToast({ message: 'Saved.', tone: 'info' });
    expect(selectToast(useUi.getState())!.id).toBeGreaterThan(first.id);
    ui.dismissToast();
    expect(selectToast(useUi.getState())).toBeNull();
    ui.setOutdated();
    expect(useUi.getState().outdated).toBe(true);
  });
});
