/** Cuts text longer than `max` characters to fit, ending it with "…" (popups, JSON-LD names). */
export function shortenText(text: string, max = 110): string {
  return text.length > max ? `${text.slice(0, max - 3).trimEnd()}…` : text;
}
