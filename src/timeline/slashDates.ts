/**
 * A day and month in figures, as looser English-language reports write them ("On 3/10", "posted on 4/20"):
 * month/day, unless the first number cannot be a month ("14/3" is day/month). Read only after a preposition
 * that makes it a date, so that "the 9/11 attacks", "24/7" and scores stay what they are.
 */
import type { AbsoluteMention } from './dateMention.ts';

const SLASH_DATE = /\b(?<=\b(?:[Oo]n|[Bb]y|[Ff]rom|[Uu]ntil|[Ss]ince) )(\d{1,2})\/(\d{1,2})\b(?![/\d])/g;

export function findSlashDates(flat: string): AbsoluteMention[] {
  const mentions: AbsoluteMention[] = [];
  for (const match of flat.matchAll(SLASH_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const [month, day] = first > 12 ? [second, first] : [first, second];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    mentions.push({ kind: 'absolute', index: match.index, text: match[0], month, day });
  }
  return mentions;
}
