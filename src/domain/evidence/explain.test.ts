import { describe, expect, it } from 'vitest';
import { dependence, describeWouldCount } from '.';

/** Made-up sentences, so no fixture sentence is tuned on here. */
const s = (articleId: string, outlet: string, text: string, credits: string[] = []) => ({
  id: `${articleId}:0`,
  articleId,
  outlet,
  credits,
  text,
});

describe('whether a suggestion would count', () => {
  const claim = s('a', 'The Ledger', 'Borealis agreed to sell torpedo boats to Atlantis, officials said.');
  it('says independent for another outlet in other words', () => {
    expect(
      describeWouldCount(dependence(claim, s('b', 'Harbour Post', 'Atlantis will receive naval craft.'))),
    ).toBe('Independent');
  });
  it('says why not, in the words of the links', () => {
    expect(
      describeWouldCount(dependence(claim, s('c', 'The Ledger', 'Atlantis will receive naval craft.'))),
    ).toBe('Would not count: same outlet as the claim');
    expect(
      describeWouldCount(
        dependence(
          claim,
          s('d', 'Harbour Post', 'Borealis agreed to sell torpedo boats to Atlantis, officials said.'),
        ),
      ),
    ).toBe('Would not count: same wording, same named source as the claim');
  });
});
