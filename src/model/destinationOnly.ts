import { escapeRegExp } from '../parse/escapeRegExp.ts';

/**
 * Whether a sentence names a place only as where something was headed: "the boats turned back
 * towards Odesa", "civilians fled to Turkey", "the convoy left for Kherson". The event did not
 * happen there, so an event page must not say "Where: Odesa". Only words of motion count: a
 * place named after "from" or "in" is where the story was.
 */
const DESTINATION = String.raw`(?:towards?|bound for|head(?:ed|ing) for|left for|making for|en route to|on (?:its|their|his|her|the) way to|(?:fled|fleeing|escaped|evacuated|retreated|withdrew|withdrawn|deported|transferred|taken|flown|driven) (?:back )?to)`;

/** True when every mention of `name` in `text` follows a word of motion towards it. */
export function destinationOnly(text: string, name: string): boolean {
  const mention = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'gu');
  const toward = new RegExp(`\\b${DESTINATION}\\s+(?:the\\s+)?$`, 'i');
  let seen = false;
  for (const match of text.matchAll(mention)) {
    seen = true;
    // A bounded look-back: the words just before the name, never the whole sentence again.
    if (!toward.test(text.slice(Math.max(0, match.index - 40), match.index))) return false;
  }
  return seen;
}
