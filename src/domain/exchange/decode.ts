/** Largest article file accepted: far beyond any news article, small enough to parse in a tab. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (curly quotes, dashes, €, …). Decoded by
 * table: Node's TextDecoder reads this label as Latin-1, browsers as Windows-1252, and the app must
 * give the same text in both. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code point.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}

export type Decoded =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' }
  | { ok: false; error: string };

/**
 * Bytes of a text file to a string. A BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * and text that is not valid UTF-8 is read as Windows-1252 (the usual legacy single-byte encoding
 * of news copy) and said so, rather than filled with U+FFFD. Binary files and empty files are
 * refused. Line ends are left to the parser (CRLF and CR become LF there).
 */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.length > maxBytes)
    return {
      ok: false,
      error: `The file is too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB).`,
    };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  // Text never holds NUL bytes (outside UTF-16, handled above); binary files nearly always do.
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return { ok: false, error: 'This looks like a binary file, not text.' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
