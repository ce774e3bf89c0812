import { describe, expect, it } from 'vitest';
import { cuesOf } from './cues';

describe('the hypothetical cue', () => {
  it.each([
    // Conjecture: modal wording, a condition, an open question.
    ['Kim could provide weapons and ammunition to Russia.', true],
    ['If the deal goes ahead, Russia would send fighter jets.', true],
    ['A deal would breach United Nations sanctions.', true],
    ['Whether any deal is struck remains to be seen.', true],
    // Reported speech: a question asked, a plan stated (the dossier's own sentences).
    [
      'When reporters asked if Russia would help Pyongyang build satellites, Putin said: “That’s why we came here.',
      false,
    ],
    ['With the talks, Mr Putin said they would address “many issues”.', false],
    ['The White House warned that North Korea would “pay a price” for supplying arms.', false],
    // Control: a verb of saying does not excuse every modal ("could" is still a possibility).
    ['Officials said Kim could supply artillery shells.', true],
  ])('%s', (sentence, hypothetical) => {
    expect(cuesOf(sentence).includes('hypothetical')).toBe(hypothetical);
  });
});
