/**
 * Years a sentence gives its own dates that are written without one, beyond those the dates themselves state: the year an
 * opening "During" phrase names its period by, a plan's date it sets aside, a thing named by its year, and, in a news post, the
 * present a "since" in the perfect counts back from.
 */
import { seasonFirstMonth, seasonMonthsInYear } from './seasonMonths.ts';
import { FULL_MONTH_NAME, type AbsoluteMention, type DateMention } from './dateMention.ts';
import type { PublicationDay } from './publicationDates.ts';

/**
 * "During the 2024 Syrian opposition offensives, the SFA advanced north on 6 December": the year an opening "During" phrase
 * names its period by is a label, no date of the sentence, but it sets the scene (guide), so a day or a month told without its
 * year in the main clause is in it, as a heading "2022 Russian invasion of Ukraine" puts "On 18 March" below it in 2022; so does
 * a label with its month ("During the July 2020 clashes, which began near Movses on 12 July, …").
 */
const DURING_LABELLED_PERIOD = new RegExp(`^\\s*(?:During|Throughout|Amid) the (?:${FULL_MONTH_NAME} )?(\\d{4}) [^,;.]{1,80},`);
/**
 * "During the Turkish offensive that began on 9 October 2019, the city was shelled …, and a car bomb … killed three people … on 11
 * October": the clause dating the period's start dates nothing (guide), but it sets the scene in its year as the label does.
 */
const DURING_DATED_PERIOD = /^\s*(?:During|Throughout|Amid) the [^,;.]{1,80}?\b(?:that|which) (?:began|started|broke out) (?:on|in) [^,;.]{0,20}?\b(\d{4}),/;

/**
 * "Since the spring they have been moving north", "The town has been shelled almost daily since February": in a news post a
 * "since" in the present perfect counts back from the post's own present, so a month or a season told without its year is the
 * latest one on or before the publication, as "Since Sunday" is the last Sunday (guide), whatever year the text told last.
 */
const SINCE_LEAD = /\b[Ss]ince\s+(?:the\s+)?$/;
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:not\s+|also\s+|largely\s+|almost\s+)?(?:been|[a-z]+ed|[a-z]+en)\b/;
/**
 * "Bibilov scheduled a referendum for 17 July 2022, but Gagloyev suspended it on 30 May": a planned date dates nothing (guide),
 * but its year is the sentence's, so a month told after it without a year is in that year, or in the year before when its month
 * comes later (what was planned lay ahead of it).
 */
function yearFromPlan(mention: DateMention, plans: readonly AbsoluteMention[]): DateMention {
  if (mention.kind !== 'absolute' || mention.year !== undefined || mention.month === undefined) return mention;
  const plan = plans.findLast((other) => other.index < mention.index);
  // A thing named by its bare year ("The Anglo-French Convention of 1904, signed in London on 8 April") is of that year outright.
  if (plan?.year !== undefined && plan.month === undefined && plan.qualifier === undefined) return { ...mention, year: plan.year };
  // A season planned for ("was due to start this spring, but the tender was cancelled in April") reaches to its last month.
  const planMonth = plan?.month ?? seasonMonthsInYear(plan?.qualifier)?.[1];
  if (plan?.year === undefined || planMonth === undefined) return mention;
  return { ...mention, year: mention.month <= planMonth ? plan.year : plan.year - 1 };
}

/**
 * "The Anglo-French Convention of 1904, signed in London on 8 April, drew …": a year that only names a thing dates nothing, but a
 * day told without its year in the same sentence after it is of that year.
 */
const NAMED_OF_YEAR_LEAD = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?[A-Z][\wÀ-ɏ'’-]*\s+of\s+$/;
/** Whether a year left out as a name (its words before it, `lead`) gives a later day of its sentence its year. */
export const namesThingByYear = (lead: string): boolean => NAMED_OF_YEAR_LEAD.test(lead);

export function withSentenceYears(mentions: DateMention[], flat: string, published?: PublicationDay, plans: readonly AbsoluteMention[] = []): DateMention[] {
  if (plans.length > 0)
    return withSentenceYears(
      mentions.map((mention) => yearFromPlan(mention, plans)),
      flat,
      published,
    );
  const scene = DURING_LABELLED_PERIOD.exec(flat) ?? DURING_DATED_PERIOD.exec(flat);
  const perfect = published !== undefined && PRESENT_PERFECT.test(flat);
  if (scene === null && !perfect) return mentions;
  return mentions.map((mention) => {
    if (mention.kind !== 'absolute' || mention.year !== undefined) return mention;
    if (scene !== null && mention.month !== undefined && mention.index >= scene[0].length) return { ...mention, year: Number(scene[1]) };
    const month = mention.month ?? (mention.day === undefined ? seasonFirstMonth(mention.qualifier) : undefined);
    if (!perfect || published === undefined || month === undefined || mention.day !== undefined) return mention;
    if (!SINCE_LEAD.test(flat.slice(Math.max(0, mention.index - 12), mention.index))) return mention;
    return { ...mention, year: month <= published.month ? published.year : published.year - 1 };
  });
}
