import { describe, expect, it } from 'vitest';
import { findSentences, queryMatcher } from './find';

const sentences = [
  { id: 'a:0', text: 'The Kremlin’s shells were counted in Vostochny.' },
  { id: 'a:1', text: 'Kim Jong-un arrived by armoured train.' },
  { id: 'b:0', text: 'Le président a visité le cosmodrome Vostotchny à Amour.' },
  { id: 'b:1', text: 'Officials declined to comment on artillery shells.' },
];

describe('searching the dossier', () => {
  it('needs every word, each at the start of a word, ignoring case and accents', () => {
    expect(findSentences(sentences, 'kremlin shell', 10).hits.map((s) => s.id)).toEqual(['a:0']);
    expect(findSentences(sentences, 'SHELLS', 10).hits.map((s) => s.id)).toEqual(['a:0', 'b:1']);
    expect(findSentences(sentences, 'president amour', 10).hits.map((s) => s.id)).toEqual(['b:0']);
    // "rain" is inside "train", not the start of a word.
    expect(findSentences(sentences, 'rain', 10).total).toBe(0);
    expect(findSentences(sentences, 'jong', 10).hits.map((s) => s.id)).toEqual(['a:1']);
  });

  it('counts every match but returns at most the limit, in dossier order', () => {
    const r = findSentences(sentences, 'shells', 1);
    expect(r.total).toBe(2);
    expect(r.hits.map((s) => s.id)).toEqual(['a:0']);
  });

  it('finds nothing for a query without words, and takes regex characters literally', () => {
    expect(queryMatcher('  ?! ')).toBeNull();
    expect(findSentences(sentences, '.*', 10).total).toBe(0);
  });
});
