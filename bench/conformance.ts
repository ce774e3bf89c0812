/**
 * Exports read by other people's tools, outside `npm test` because it needs LibreOffice (`soffice`):
 * the verdict sheet, with formula-like and multi-line notes in every language, is opened headless by
 * LibreOffice Calc as CSV (UTF-8) and saved as a flat OpenDocument spreadsheet; the sheet must hold
 * no formula, and every cell must read as written. `npm run conformance`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DANGEROUS_START, toCsv } from '../src/domain/exchange/csv';
import { VERDICT_SHEET_HEADER, verdictSheetRows } from '../src/domain/exchange/verdict-sheet';
import { categories, claims, links, meta } from '../src/testing/exchange-fixtures';

const NOTES = [
  '=1+1',
  '+1',
  '-1+2',
  '@SUM(A1:A2)',
  '=HYPERLINK("http://evil.example","click")\nsecond line',
  '\t=1+1',
  "=cmd|' /C calc'!A0",
  'Пхеньян 김정은 🚀 "quoted", with commas',
  'plain note',
];

function soffice(): string | null {
  for (const bin of ['soffice', 'libreoffice']) {
    try {
      execFileSync(bin, ['--version'], { stdio: 'ignore' });
      return bin;
    } catch {
      // not this one
    }
  }
  return null;
}

const bin = soffice();
if (!bin) {
  console.log(
    'conformance: LibreOffice (soffice) is not installed; install Debian’s libreoffice-calc-nogui to run this.',
  );
  process.exit(1);
}

const many = NOTES.map((note, i) => ({ ...claims[0]!, id: `n${i}`, note }));
const rows = verdictSheetRows(many, meta, categories, links);
const csv = toCsv(VERDICT_SHEET_HEADER, rows);
const dir = mkdtempSync(join(tmpdir(), 'corroborate-conformance-'));
try {
  writeFileSync(join(dir, 'sheet.csv'), csv);
  // CSV import: comma, double quote, UTF-8 (76), from line 1; formulas are not evaluated on import
  // unless asked, which is the point: an apostrophe-led cell must stay text.
  execFileSync(
    bin,
    [
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      join(dir, 'sheet.csv'),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const fods = readFileSync(join(dir, 'sheet.fods'), 'utf8');
  const formulas = (fods.match(/table:formula=/g) ?? []).length;
  const cells = [...fods.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((m) =>
    m[1]!
      .replace(/<text:s\/>/g, ' ')
      .replace(/<text:tab\/>/g, '\t')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  const noteColumn = VERDICT_SHEET_HEADER.indexOf('note');
  // A formula-like note is kept as text behind an apostrophe (OWASP's CSV injection advice).
  const expected = rows.map((r) =>
    DANGEROUS_START.test(r[noteColumn]!) ? `'${r[noteColumn]}` : r[noteColumn]!,
  );
  const found = expected.filter((note) => note.split('\n').every((line) => cells.includes(line))).length;
  console.log(
    `conformance: LibreOffice opened the verdict sheet (${rows.length} rows): ${formulas} formulas evaluated, ${found}/${expected.length} notes read as written (formula-like ones as text behind an apostrophe)`,
  );
  if (formulas > 0 || found !== expected.length) process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
