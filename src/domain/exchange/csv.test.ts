import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DANGEROUS_START, toCsv, toTsv } from './csv';

const parseBack = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

describe('toCsv', () => {
  it.each([
    ['plain text', 'Kim met Putin', 'Kim met Putin'],
    ['a comma', 'Moscow, Pyongyang', '"Moscow, Pyongyang"'],
    ['quotes doubled', 'he said "no"', '"he said ""no"""'],
    ['a newline', 'line one\nline two', '"line one\nline two"'],
    ['CRLF inside', 'a\r\nb', '"a\r\nb"'],
    ['= formula', '=1+1', `"'=1+1"`],
    ['+ formula', '+SUM(A1)', `"'+SUM(A1)"`],
    ['- formula', '-2+3', `"'-2+3"`],
    ['@ formula', '@cmd', `"'@cmd"`],
    ['leading tab', '\tx', '"\'\tx"'],
    ['leading CR', '\rx', '"\'\rx"'],
    ['leading LF', '\nx', '"\'\nx"'],
    ['leading NUL', '\0x', `"'\0x"`],
    [
      'multi-line formula',
      '=HYPERLINK("http://x")\nsecond line',
      '"\'=HYPERLINK(""http://x"")\nsecond line"',
    ],
    ['accents', 'Café Sørensen', 'Café Sørensen'],
    ['emoji', 'Kim 🚀 launch', 'Kim 🚀 launch'],
    ['Cyrillic', 'Восточный', 'Восточный'],
    ['Hangul', '김정은', '김정은'],
    ['a minus inside, not leading', 'a-b', 'a-b'],
  ])('%s', (_name, cell, expected) => {
    const csv = toCsv(['h'], [[cell]]);
    expect(csv.startsWith('\uFEFFh\r\n')).toBe(true);
    expect(csv).toBe(`\uFEFFh\r\n${expected}\r\n`);
  });

  it('papaparse’s own escapeFormulae misses a multi-line formula cell; ours does not', () => {
    const cell = '=1+1\nfoo';
    expect(Papa.unparse([[cell]], { escapeFormulae: true })).toBe('"=1+1\nfoo"');
    expect(DANGEROUS_START.test(cell)).toBe(true);
  });

  it('ends every row with CRLF and round-trips through a parser', () => {
    const rows = [
      ['id-1', 'He said, "we will always be with Russia"\nand left', '=cmd', 'Пхеньян 🇰🇵'],
      ['id-2', '', '-', '@'],
    ];
    const csv = toCsv(['a', 'b', 'c', 'd'], rows);
    expect(csv.replace(/"[^"]*"/g, '').split('\r\n').length).toBe(4);
    const back = parseBack(csv);
    expect(back[0]).toEqual(['a', 'b', 'c', 'd']);
    expect(back[1]).toEqual([
      'id-1',
      'He said, "we will always be with Russia"\nand left',
      "'=cmd",
      'Пхеньян 🇰🇵',
    ]);
    expect(back[2]).toEqual(['id-2', '', "'-", "'@"]);
  });
});

describe('toTsv', () => {
  it('separates by tabs, quotes cells holding tabs, neutralises formulas', () => {
    expect(toTsv(['a', 'b'], [['x\ty', '=1']])).toBe('a\tb\r\n"x\ty"\t"\'=1"');
  });
});
