import { useMemo } from 'react';
import { CodePointIndex } from '../../domain/code-points';
import { suggestClaimant } from '../../domain/evidence/claimant';
import type { Claimant } from '../../domain/records';
import { useArticleText } from '../../db/hooks';
import { Field } from '../../components/Field';

export interface ClaimantDraft {
  name: string;
  type: Claimant['type'];
}

/**
 * Who made the claim, with a suggestion read from the attribution of the claim's sentence ("said
 * Kremlin spokesperson Dmitry Peskov") for the fact-checker to take or ignore.
 */
export function ClaimantField({
  value,
  onChange,
  articleId,
  start,
}: {
  value: ClaimantDraft;
  onChange: (c: ClaimantDraft) => void;
  /** The claim's article, whose sentence may name the claimant (null: nothing to suggest from). */
  articleId: string | null;
  /** Where the claim starts in its article (code points): its sentence holds the attribution. */
  start: number;
}) {
  const text = useArticleText(articleId);
  const suggestion = useMemo(() => {
    if (!text) return null;
    const s = text.sentences.find((x) => x.start <= start && x.end > start);
    return s ? suggestClaimant(new CodePointIndex(text.text).slice(s.start, s.end)) : null;
  }, [text, start]);
  return (
    <div className="claimant">
      <div className="field-row">
        <Field label="Claimant" className="grow">
          <input
            value={value.name}
            maxLength={200}
            placeholder="Who made the claim"
            onChange={(e) => onChange({ ...value, name: e.target.value })}
          />
        </Field>
        <Field label="Claimant is">
          <select
            value={value.type}
            onChange={(e) => onChange({ ...value, type: e.target.value as Claimant['type'] })}
          >
            <option value="Person">a person</option>
            <option value="Organization">an organisation</option>
          </select>
        </Field>
      </div>
      {suggestion && suggestion.name !== value.name ? (
        <button type="button" className="link align-start" onClick={() => onChange(suggestion)}>
          Use “{suggestion.name}” (from the sentence’s attribution)
        </button>
      ) : null}
    </div>
  );
}
