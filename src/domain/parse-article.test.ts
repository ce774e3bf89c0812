import { describe, expect, it } from 'vitest';
import { bundledArticleFiles } from '../testing/articles';
import { CodePointIndex } from './code-points';
import { deriveHeadline, normalizeText, parseArticle } from './parse-article';

const files = new Map(bundledArticleFiles().map((f) => [f.fileName, parseArticle(f.raw)]));

function sentencesOf(fileName: string): string[] {
  const a = files.get(fileName)!;
  const idx = new CodePointIndex(a.text);
  return a.sentences.map((s) => idx.slice(s.start, s.end));
}

describe('parseArticle on the five bundled files', () => {
  it.each([
    [
      '000_54f2a63d9830d19a.txt',
      'Kim Jong-un invites Putin to North Korea after summit brings ties to ‘a new level’',
      'The Guardian',
      'Justin McCurry and agencies',
      false,
    ],
    [
      '001_0537092f57208e68.txt',
      'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west',
      'The Guardian',
      'Justin McCurry and Andrew Roth',
      false,
    ],
    [
      '002_383763b22105bda2.txt',
      'North Korean leader Kim Jong-un on Wednesday called strengthening ties between Moscow and…',
      null,
      null,
      true,
    ],
    [
      '003_1689a2795c3fa6a7.txt',
      'North Korea’s Kim in Russia for Putin talks as US warns on arms deal',
      'AFP',
      'Agence France-Presse',
      false,
    ],
    [
      '004_b1c10b212e3e8e01.txt',
      'The North Korean and Russian leaders, Kim Jong-un and Vladimir Putin, arrived on…',
      null,
      null,
      true,
    ],
  ])('%s: headline, outlet, author', (file, headline, outlet, author, derived) => {
    const a = files.get(file)!;
    expect(a.headline).toBe(headline);
    expect(a.outlet).toBe(outlet);
    expect(a.author).toBe(author);
    expect(a.headlineDerived).toBe(derived);
  });

  it('leaves no syndication clutter in any article text', () => {
    const clutter = [
      'Get all your news in one place',
      'Sign up to read this article',
      'Download the app',
      'Related Stories',
      'Our Picks',
      'About the author',
      'Daily Newsletter',
      'Fourteen days free',
      'premium titles',
      'Start reading',
      'trusted global sources',
      'is a French international news agency',
    ];
    for (const [file, a] of files) {
      for (const c of clutter) expect(a.text, `${file} contains “${c}”`).not.toContain(c);
    }
  });

  it('keeps wire credits as metadata, not text', () => {
    expect(files.get('000_54f2a63d9830d19a.txt')!.credits).toEqual(['With Agence France-Presse and Reuters']);
    expect(files.get('004_b1c10b212e3e8e01.txt')!.credits).toEqual(['New York Times News Service']);
    expect(files.get('000_54f2a63d9830d19a.txt')!.text).not.toContain('With Agence France-Presse');
    expect(files.get('004_b1c10b212e3e8e01.txt')!.text).not.toContain('News Service');
  });

  it('marks photo captions and their alt text as captions, not body', () => {
    for (const [, a] of files) {
      const idx = new CodePointIndex(a.text);
      for (const b of a.blocks) {
        const t = idx.slice(b.start, b.end);
        if (/Photograph:|^Source: Video/.test(t)) expect(b.kind).toBe('caption');
      }
    }
    const a = files.get('001_0537092f57208e68.txt')!;
    const idx = new CodePointIndex(a.text);
    const captions = a.blocks.filter((b) => b.kind === 'caption').map((b) => idx.slice(b.start, b.end));
    expect(captions).toContain('Kim Yo-jong');
    expect(captions).toHaveLength(4);
  });

  it('marks sub-headings', () => {
    const a = files.get('002_383763b22105bda2.txt')!;
    const idx = new CodePointIndex(a.text);
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => idx.slice(b.start, b.end))).toEqual([
      'Fears of Washington',
      'Help for satellite construction',
    ]);
  });

  it('does not end a sentence after "Mr."', () => {
    const s = sentencesOf('002_383763b22105bda2.txt');
    expect(s).toContain(
      '“I am very happy to see you,” Mr. Putin said, sitting alongside his host before the start of the talks, according to footage broadcast on Russian television.',
    );
    expect(s.some((x) => x.endsWith('Mr.'))).toBe(false);
  });

  it('does not split inside a quotation', () => {
    const s = sentencesOf('001_0537092f57208e68.txt');
    expect(s).toContain(
      'When reporters asked if Russia would help Pyongyang build satellites, Putin said: “That’s why we came here. The leader shows great interest in rocket engineering, they are also trying to develop space.”',
    );
    for (const [file] of files) {
      for (const sentence of sentencesOf(file)) {
        const opens = [...sentence].filter((c) => c === '“').length;
        const closes = [...sentence].filter((c) => c === '”').length;
        // A quotation may stay open only when the paragraph never closes it (one in file 002).
        if (opens !== closes) expect(sentence).toContain('seems to be the optimal location');
      }
    }
  });

  it('gives every sentence in body paragraphs, trimmed and in order', () => {
    for (const [, a] of files) {
      expect(a.sentences.length).toBeGreaterThan(10);
      const idx = new CodePointIndex(a.text);
      let last = -1;
      for (const s of a.sentences) {
        expect(s.start).toBeGreaterThan(last);
        const t = idx.slice(s.start, s.end);
        expect(t).toBe(t.trim());
        last = s.end;
      }
    }
  });
});

describe('normalizeText', () => {
  it.each([
    ['\uFEFFa', 'a'],
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['e\u0301', 'é'],
  ])('%j → %j', (input, out) => expect(normalizeText(input)).toBe(out));
});

describe('headlines', () => {
  it('derives a short headline from a long first sentence at a word boundary', () => {
    const h = deriveHeadline('word '.repeat(40));
    expect(h.length).toBeLessThanOrEqual(91);
    expect(h.endsWith('word…')).toBe(true);
  });
  it('takes a short first sentence whole, without its full stop', () => {
    expect(deriveHeadline('Kim meets Putin.')).toBe('Kim meets Putin');
  });
  it('handles a file with CRLF line ends and a BOM like one with LF', () => {
    const raw = bundledArticleFiles()[0]!.raw;
    const crlf = parseArticle(`\uFEFF${raw.replace(/\n/g, '\r\n')}`);
    expect(crlf.text).toBe(parseArticle(raw).text);
  });
  it('survives an empty file', () => {
    const a = parseArticle('');
    expect(a.headline).toBe('Untitled article');
    expect(a.sentences).toEqual([]);
  });
});
