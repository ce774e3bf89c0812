import { useState } from 'react';
import {
  ACCESSES,
  ATTRIBUTIONS,
  KINDS,
  WEIGHT_LABELS,
  describeWeight,
  type EvidenceWeight,
} from '../../domain/records/evidence';
import type { LinkRecord } from '../../db/records';

/** What changed: the note, or one dimension of the weight (the others are kept as stored). */
type Change = { note?: string; weight?: Partial<EvidenceWeight> };

const DIMENSIONS = [
  { key: 'attribution', label: 'Attribution', values: ATTRIBUTIONS },
  { key: 'access', label: 'Source access', values: ACCESSES },
  { key: 'kind', label: 'Kind of source', values: KINDS },
] as const;

/**
 * A linked sentence's weight (on the record or anonymous, primary or secondary, official or
 * reporting) and the fact-checker's note on it, folded under one line that says what is set.
 */
export function EvidenceWeightEditor({
  link,
  onChange,
}: {
  link: LinkRecord;
  onChange: (change: Change) => void;
}) {
  const [note, setNote] = useState(link.note);
  const [seen, setSeen] = useState(link.note);
  if (link.note !== seen) {
    // Changed elsewhere (another tab, a colleague): show theirs.
    setSeen(link.note);
    setNote(link.note);
  }
  const said = describeWeight(link.weight);
  const saveNote = () => {
    if (note.trim() !== link.note) onChange({ note });
  };
  return (
    <details className="evidence-weight">
      <summary>Weight and note{said ? <span className="weight-said">: {said}</span> : null}</summary>
      <div className="weight-fields">
        {DIMENSIONS.map((d) => (
          <label key={d.key}>
            <span>{d.label}</span>
            <select
              value={link.weight[d.key] ?? ''}
              onChange={(e) =>
                onChange({ weight: { [d.key]: e.target.value || null } as Partial<EvidenceWeight> })
              }
            >
              <option value="">Not said</option>
              {d.values.map((v) => (
                <option key={v} value={v}>
                  {(WEIGHT_LABELS[d.key] as Record<string, string>)[v]}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="weight-note">
          <span>Evidence note</span>
          <input
            value={note}
            maxLength={1000}
            placeholder="e.g. confirmed by phone with the ministry"
            onChange={(e) => setNote(e.target.value)}
            onBlur={saveNote}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                saveNote();
              }
            }}
          />
        </label>
      </div>
    </details>
  );
}
