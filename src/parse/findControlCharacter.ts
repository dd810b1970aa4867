import { formatFieldPath } from './formatFieldPath.ts';

/**
 * C0 controls (NUL, BEL, ESC…) and DEL, but not tab and newline: no article needs them, and a
 * NUL or an escape sequence in a title would break the page's text, its card and its URL.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Where a control character first occurs: the field path and the character, or undefined. */
export function findControlCharacter(value: unknown, path: PropertyKey[] = []): { field: string; code: string } | undefined {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    return found ? { field: formatFieldPath(path), code: codePoint(found[0]) } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findControlCharacter(item, [...path, index]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacter(key, [...path, key]) ?? findControlCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The line (1-based) of `text` that holds its first control character, or undefined. */
export function controlCharacterLine(text: string): { line: number; code: string } | undefined {
  const found = CONTROL.exec(text);
  if (!found) return undefined;
  return { line: text.slice(0, found.index).split('\n').length, code: codePoint(found[0]) };
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
