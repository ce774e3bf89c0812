import { describe, expect, it } from 'vitest';
import { suggestClaimant } from './claimant';

/** Made-up sentences in the shapes news copy attributes claims. */
describe('suggestClaimant', () => {
  it.each([
    [
      'The talks went well, said Atlantis foreign ministry spokesperson Ana Vale.',
      'Atlantis foreign ministry spokesperson Ana Vale',
      'Person',
    ],
    [
      '“We will not sell,” Borealis defence minister Jon Ek said.',
      'Borealis defence minister Jon Ek',
      'Person',
    ],
    ['Mira Solberg, an analyst at a think tank in Oslo, said the deal was likely.', 'Mira Solberg', 'Person'],
    [
      'According to the Atlantis Defence Ministry, the boats were never sold.',
      'Atlantis Defence Ministry',
      'Organization',
    ],
    ['The White House warned that Borealis would pay a price.', 'White House', 'Organization'],
  ])('%s', (sentence, name, type) => {
    expect(suggestClaimant(sentence)).toEqual({ name, type });
  });

  it('suggests nobody when the sentence names no one, or only a pronoun, or only who was told', () => {
    expect(suggestClaimant('The boats left the harbour on Friday.')).toBeNull();
    expect(suggestClaimant('He said the boats had left.')).toBeNull();
    expect(suggestClaimant('the ministry told Reuters nothing')).toBeNull();
  });
});
