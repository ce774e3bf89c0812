import { useEffect } from 'react';
import { db } from '../db/db';
import { onOutdatedByAnotherTab } from '../db/lifecycle';
import { useUi } from '../store/ui-store';

/** Stops this tab when another tab upgraded the database, and asks for a reload. */
export function OutdatedBanner() {
  const outdated = useUi((s) => s.outdated);
  const setOutdated = useUi((s) => s.setOutdated);
  useEffect(() => onOutdatedByAnotherTab(db, setOutdated), [setOutdated]);
  if (!outdated) return null;
  return (
    <div className="outdated" role="alert">
      <div>
        <h2>Corroborate was updated in another tab</h2>
        <p>This tab has stopped saving so that nothing is written with the old version. Your work is safe.</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload this tab
        </button>
      </div>
    </div>
  );
}
