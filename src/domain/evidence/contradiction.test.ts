import { describe, expect, it } from 'vitest';
import { disagreement } from './contradiction';

/** Made-up sentences, so no fixture sentence is tuned on here. */
describe('disagreement', () => {
  it.each([
    [
      'the blockade lasted 40 days',
      'the port said the blockade lasted 38 days in all',
      'different figure: 40 days vs 38',
    ],
    [
      'twelve ships sailed',
      'officials counted fifteen ships leaving the harbour',
      'different figure: 12 ships vs 15',
    ],
    [
      'the ferry left on Monday evening with the delegation',
      'the delegation left by ferry on Monday morning, the ministry said',
      'different time of day: Monday evening vs Monday morning',
    ],
    [
      'the treaty was signed on Friday in the old palace by both ministers',
      'both ministers signed the treaty in the old palace on Thursday',
      'different day: Friday vs Thursday',
    ],
    [
      'a banquet was held for the envoy',
      'a lunch for the envoy followed the talks',
      'different occasion: banquet vs lunch',
    ],
    [
      'Atlantis will sell torpedo boats to Borealis',
      'Atlantis denied it would sell torpedo boats to anyone',
      'denial',
    ],
  ])('%s / %s', (claim, sentence, says) => {
    expect(disagreement(claim, sentence)?.says).toBe(says);
  });

  // Figures given as ranges agree where the ranges meet (the dossier's "nearly 19 months" of war and
  // "more than 18 months" are one span); where they cannot meet, they disagree.
  it.each([
    ['the siege has dragged on for nearly 19 months', 'the city has held out for more than 18 months', null],
    ['about 40 ships took part', 'officials counted 42 ships in the exercise', null],
    ['at least 12 trucks crossed', 'twelve trucks crossed the bridge at dawn', null],
    [
      'more than 18 months of talks',
      'the talks have gone on for 18 months',
      'different figure: 18 months vs 18',
    ],
    [
      'nearly 19 months of war',
      'the war is in its 25 months now, with 25 months of losses',
      'different figure: 19 months vs 25',
    ],
    ['fewer than 10 jets', 'the air force sent 14 jets', 'different figure: 10 jets vs 14'],
  ])('ranges: %s / %s', (claim, sentence, says) => {
    expect(disagreement(claim, sentence)?.says ?? null).toBe(says);
  });

  it.each([
    ['the talks lasted two hours', 'the talks lasted two hours and ended in a dinner'],
    ['the treaty was signed on Friday', 'markets rose on Thursday after a quiet week'],
    ['Atlantis will sell torpedo boats to Borealis', 'Borealis denied such intentions'],
    ['Atlantis denied the sale', 'Borealis also denied the sale'],
  ])('finds nothing between %s / %s', (claim, sentence) => {
    expect(disagreement(claim, sentence)).toBeNull();
  });
});
