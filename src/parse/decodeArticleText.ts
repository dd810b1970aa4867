import { ArticleError } from './ArticleError.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a content file, which must be UTF-8: a Latin-1 or Windows-1252 file would
 * otherwise turn every accented letter into U+FFFD on the page without a word.
 */
export function decodeArticleText(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const line = firstInvalidLine(bytes);
    throw new ArticleError(file, 'file', `is not UTF-8 text (line ${line} has a byte that is not UTF-8); save it as UTF-8`);
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8, found by decoding line by line. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line += 1;
    start = index + 1;
  }
  return line;
}
