/**
 * Relative phrases that place the happening just told a count after an earlier one named only there ("The massacre came five
 * days after an ambush …"): the sentence tells that earlier happening, a flashback counted back from the day the text told
 * its subject (guide). `relativePhrases.ts` reads these where they stand in its list.
 */
import { COUNT, daysCounted, HAPPENING, NAMED_ACTOR_DID, NUMBERS, type Rule } from './relativeVocabulary.ts';

/** An act of government or of a court told as one happening: "The decree came two weeks after a commission criticised …". */
const ACT_TOLD = 'announcement|statement|decision|decree|arrests?|releases?|vote|dismissal|reshuffle|resignation|verdict';

/** The number read from the group `count` ("five", "12"); group 1 is the subject's noun. */
function countOf(match: RegExpMatchArray): number {
  const word = (match.groups?.['count'] ?? '').toLowerCase();
  return NUMBERS[word] ?? Number.parseInt(word, 10);
}

/** The count back in days, read from the groups `count` and `unit` ("five days", "two weeks"). */
function countedBack(_count: number, match: RegExpMatchArray): number {
  return -daysCounted(match.groups?.['count'] ?? '', match.groups?.['unit'] ?? '');
}

/** A named person with a "who" clause before what they did: "General Assimi Goïta, who promoted himself …, said" (a name may hold any letter). */
const NAMED_WITH_ASIDE = String.raw`(?:[A-Z][^\s,;]*\s+){0,3}[A-Z][^\s,;]*,\s+who\s`;

const COUNT_AFTER = `(?<count>${COUNT.slice(1, -1)}) (?<unit>days?|weeks?) after`;
const MONTHS_AFTER = `(?!an? )(?<count>${COUNT.slice(1, -1)}) months? after`;
/** An actor named by a common noun, then what it did: "gunmen killed 145 people". */
const ACTORS_DID =
  '(?:gunmen|militants|fighters|jihadists|rebels|insurgents|troops|soldiers|attackers|protesters|police)\\s+(?:[a-z]{3,}ed|killed|shot|stormed|seized|took|struck|hit|blew|overran|ran)\\b';
/** The happening just told (a disaster too: "The flood came two weeks after …"), or a pronoun for it ("They came three months after …"), as the subject. */
const SUBJECT_CAME = `(?:^\\s*The|:\\s+the) (${HAPPENING}|massacres?|killings|ambush|raid|floods?|fires?|blaze|landslides?|mudflows?|${ACT_TOLD}) (?:came|comes?|occurred|took place|happened) |^\\s*(?:They|It) (?:came|comes) `;

export const COUNTED_BACK_PHRASES: Rule[] = [
  /*
   * "The massacre came five days after an ambush near Aorema in which 40 soldiers had been killed": the happening just told,
   * placed a count after an earlier one named only here, tells that earlier one, a flashback counted back from the day just
   * told (guide); its subject names a happening, an act too ("The decree came two weeks after a parliamentary commission
   * criticised …"), so it is no count from an undated one ("a day after they attacked a convoy"). The earlier one may be told
   * as a clause ("… the attack came two days after Ukraine said its drones had hit a refinery"), and the subject may open a
   * clause after a colon ("The timing may not be an accident: the attack came …").
   */
  {
    pattern: new RegExp(`(?<=${SUBJECT_CAME})${COUNT_AFTER}(?=\\s+(?:an?|the)\\s|\\s+${NAMED_ACTOR_DID}|\\s+${ACTORS_DID}|\\s+${NAMED_WITH_ASIDE})`, 'g'),
    needs: ['day after', 'days after', 'week after', 'weeks after'],
    unit: 'day',
    amount: countedBack,
    dayAnchor: true,
    // Counted back from the subject's day when the text told it, whatever was dated since ("dismissed the government on Friday, in a
    // decree … On Saturday evening, he named … The decree came two weeks after"); else from the day just told.
    sameDayAs: true,
    orDayJustTold: true,
  },
  /*
   * "They came three months after gunmen killed 145 people at the Crocus City Hall": the same flashback counted in months tells
   * the earlier happening in the month that count names back from the day just told; "a month after" is a round figure, no count.
   */
  {
    pattern: new RegExp(`(?<=${SUBJECT_CAME})${MONTHS_AFTER}(?=\\s+(?:an?|the)\\s|\\s+${NAMED_ACTOR_DID}|\\s+${ACTORS_DID})`, 'g'),
    needs: ['month after', 'months after'],
    unit: 'month',
    amount: (_count, match) => -countOf(match),
  },
  /*
   * "The announcement came a few hours after the French foreign minister left N'Djamena": the same flashback counted in hours
   * stays in the day just told, as "hours later" does (guide), and tells the earlier happening of that day.
   */
  {
    pattern: new RegExp(
      `(?<=^\\s*The (?:${HAPPENING}|massacres?|killings|ambush|raid|${ACT_TOLD}) (?:came|occurred|took place|happened) )(?:(?:only|just)\\s+)?(?:a few|several|some|${COUNT}) hours after(?=\\s+(?:an?|the)\\s)`,
      'g',
    ),
    needs: ['hours after'],
    unit: 'day',
    amount: 0,
    dayAnchor: true,
  },
];
