/** Longest headline, in characters, before it is cut at a word with "…". */
export const HEADLINE_MAX = 120;

/** Where a sentence's main clause usually ends and its detail begins. */
const CLAUSE_BREAK =
  /(?:;|:| – | — | - |, (?:which|who|whom|whose|where|while|whilst|after|before|as|when|with|including|killing|leaving|according|although|though|but|and then|citing|amid|despite|because|since|until|reportedly|saying|adding|claiming)\b)/g;

/** A leading date phrase ("On 10 February, ", "In early July 2012, ", "Three days later, "). */
const LEADING_DATE = /^(?:(?:on|in|by|from|during|around|about|since|until|at|early|late|mid|the)\s+)*/i;

/**
 * An event's headline: its sentence's main clause, without the date phrase that opens it (the
 * timeline prints the date beside it), at most `max` characters. Cuts at the first clause break
 * that leaves at least 30 characters, else at the last word that fits, marking a cut with "…".
 * `dateText` is the substring of `text` that gave the date, when known.
 */
export function eventHeadline(text: string, dateText?: string, max = HEADLINE_MAX): string {
  let headline = text.replace(/\s+/g, ' ').trim();
  if (dateText) headline = dropLeadingDate(headline, dateText);
  for (const match of headline.matchAll(CLAUSE_BREAK)) {
    if (match.index >= 30 && !insideBrackets(headline, match.index)) {
      headline = `${headline.slice(0, match.index).replace(/[\s,]+$/, '')}…`;
      break;
    }
  }
  if (headline.length > max) {
    const room = headline.slice(0, max - 1);
    const lastSpace = room.lastIndexOf(' ');
    headline = `${(lastSpace > max / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:–—-]+$/, '')}…`;
  }
  return headline;
}

/** Removes "On 10 February, " when the sentence opens with its date, and capitalises what follows. */
function dropLeadingDate(text: string, dateText: string): string {
  const at = text.indexOf(dateText);
  if (at < 0) return text;
  const before = text.slice(0, at);
  if (before.replace(LEADING_DATE, '') !== '') return text;
  const after = text.slice(at + dateText.length);
  const comma = /^,\s+/.exec(after);
  if (!comma) return text;
  const rest = after.slice(comma[0].length);
  if (rest.length < 20) return text;
  return rest[0]?.toUpperCase() + rest.slice(1);
}

/** Whether position `at` is inside parentheses or quotes, where a break is not a clause's end. */
function insideBrackets(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const open = (head.match(/\(/g) ?? []).length - (head.match(/\)/g) ?? []).length;
  const quotes = (head.match(/"/g) ?? []).length + (head.match(/“/g) ?? []).length - (head.match(/”/g) ?? []).length;
  return open > 0 || quotes % 2 === 1;
}
