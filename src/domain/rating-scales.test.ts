import { describe, expect, it } from 'vitest';
import { VERDICTS } from './types';
import {
  DEFAULT_SCALE,
  NOT_RATED,
  RATING_SCALES,
  choiceById,
  chooseRating,
  choicesOf,
  ratingOf,
  scaleById,
  scaleExplanation,
} from './rating-scales';

const FIVE = scaleById('truth-5');

describe('rating scales', () => {
  it('give every rating a unique id, a verdict, a word and a glyph; values run from worst to best', () => {
    const ids = RATING_SCALES.flatMap((s) => s.ratings.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of RATING_SCALES) {
      const values = s.ratings.map((r) => r.value).sort((a, b) => a - b);
      expect(values[0]).toBe(s.worst);
      expect(values.at(-1)).toBe(s.best);
      expect(new Set(values).size).toBe(values.length);
      for (const v of VERDICTS) {
        const r = ratingOf({ verdict: v }, s);
        expect(r.verdict).toBe(v);
      }
      for (const r of s.ratings) expect(r.label && r.glyph && VERDICTS.includes(r.verdict)).toBeTruthy();
    }
  });

  it('keep every verdict through a switch: the documented mapping', () => {
    expect(
      ['confirmed', 'disputed', 'unverified'].map((v) => ratingOf({ verdict: v as never }, FIVE).label),
    ).toEqual(['True', 'False', 'Not rated']);
    // A rating given on the five-point scale reads as its verdict on the default one, and back again.
    const mostly = { verdict: 'confirmed' as const, rating: 'mostly-true' };
    expect(ratingOf(mostly, FIVE).label).toBe('Mostly true');
    expect(ratingOf(mostly, DEFAULT_SCALE).label).toBe('Confirmed');
    // A rating that no longer matches the verdict (changed elsewhere) gives way to the verdict.
    expect(ratingOf({ verdict: 'disputed', rating: 'mostly-true' }, FIVE).label).toBe('False');
    expect(scaleById('nonsense')).toBe(DEFAULT_SCALE);
  });

  it('offer "Not rated" only where no rating means it, and store a choice as verdict and rating', () => {
    expect(choicesOf(DEFAULT_SCALE).map((r) => r.label)).toEqual(['Confirmed', 'Disputed', 'Unverified']);
    expect(choicesOf(FIVE).map((r) => r.label)).toEqual([
      'True',
      'Mostly true',
      'Unproven',
      'Misleading',
      'False',
      'Not rated',
    ]);
    expect(chooseRating(choiceById(FIVE, 'misleading'))).toEqual({
      verdict: 'disputed',
      rating: 'misleading',
    });
    expect(chooseRating(choiceById(FIVE, ''))).toEqual({ verdict: 'unverified', rating: null });
    expect(choiceById(FIVE, 'confirmed')).toBe(NOT_RATED);
    // Unproven is a published rating; "not yet rated" never is.
    expect(choiceById(FIVE, 'unproven').published).toBe(true);
    expect(NOT_RATED.published).toBe(false);
    expect(ratingOf({ verdict: 'unverified' }, DEFAULT_SCALE).published).toBe(false);
  });

  it('explain their numbers', () => {
    expect(scaleExplanation(DEFAULT_SCALE)).toBe('Scale: 1 = Disputed, 2 = Unverified, 3 = Confirmed.');
    expect(scaleExplanation(FIVE)).toBe(
      'Scale: 1 = False, 2 = Misleading, 3 = Unproven, 4 = Mostly true, 5 = True.',
    );
  });
});
