import { Dialog } from '../../components/Dialog';
import { SHORTCUTS, type Shortcut } from './shortcuts';

const SCOPES: ReadonlyArray<Shortcut['scope']> = ['page', 'article text', 'claim editor'];
const HEADINGS: Record<Shortcut['scope'], string> = {
  page: 'Anywhere (not while typing in a field)',
  'article text': 'In the article text',
  'claim editor': 'In the claim editor',
};

/** The help overlay (`?`): every shortcut, from the same table that drives them. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog open title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      {SCOPES.map((scope) => (
        <table key={scope} className="shortcuts-table" aria-label={HEADINGS[scope]}>
          <caption>{HEADINGS[scope]}</caption>
          <tbody>
            {SHORTCUTS.filter((s) => s.scope === scope).map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <kbd>{s.shown}</kbd>
                </th>
                <td>{s.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
