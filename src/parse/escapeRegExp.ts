/** `text` as a regular expression that matches it literally (names of places, countries, groups). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
