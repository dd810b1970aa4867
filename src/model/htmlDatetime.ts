/**
 * The `datetime` of a `<time>` for an ISO 8601 date of the timeline, or undefined when HTML
 * cannot say it. HTML's date strings need a year above zero written without a sign: ISO's
 * astronomical `-0051` (52 BC) and `0000` (1 BC) have no HTML form, and `+12000` is `12000`.
 * Without the attribute, the element still shows the date in words.
 */
export function htmlDatetime(iso: string): string | undefined {
  if (iso.startsWith('-') || /^\+?0+(?:-|$)/.test(iso)) return undefined;
  return iso.replace(/^\+/, '');
}
