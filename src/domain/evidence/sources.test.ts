import { describe, expect, it } from 'vitest';
import { outletName, sourceOf, wiresOfCredits } from './sources';

describe('sources', () => {
  it.each([
    [['With Agence France-Presse and Reuters'], ['AFP', 'Reuters']],
    [['New York Times News Service'], ['The New York Times']],
    [['Washington Post News Service'], ['Washington Post']],
    [['(AP)'], ['AP']],
    [['With agencies'], []],
  ])('wires of %j', (credits, wires) => {
    expect(wiresOfCredits(credits)).toEqual(wires);
  });

  it('fills an unknown outlet from a single wire credit, never over a stated outlet', () => {
    expect(sourceOf({ outlet: null, credits: ['New York Times News Service'] })).toEqual({
      outlet: 'The New York Times',
      outletFromCredit: true,
      wires: ['The New York Times'],
    });
    expect(sourceOf({ outlet: 'The Guardian', credits: ['With Agence France-Presse and Reuters'] })).toEqual({
      outlet: 'The Guardian',
      outletFromCredit: false,
      wires: ['AFP', 'Reuters'],
    });
    expect(sourceOf({ outlet: 'Agence France-Presse', credits: [] }).wires).toEqual(['AFP']);
    expect(sourceOf({ outlet: null, credits: ['With AFP and Reuters'] }).outlet).toBeNull();
    expect(outletName({ outlet: null })).toBe('Unknown outlet');
    expect(outletName({ outlet: '', credits: ['New York Times News Service'] })).toBe('The New York Times');
  });
});
