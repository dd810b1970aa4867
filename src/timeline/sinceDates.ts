/**
 * A date after "since": the baseline of a count ("350,000 people have fled since the start of
 * December"), which dates nothing, or the start of a state or a happening, which dates its sentence.
 * Every pattern reads only the words next to the date.
 */
import { MONTH_NAME } from './dateMention.ts';
import { measuresChangeSince } from './changesSince.ts';
import { DEMANDED_SINCE, keptUpSince } from './keptUpSince.ts';

const SINCE_PHRASE = /\bsince\b[^,;.]{0,60}$/i;
/**
 * A "since" whose own year or day is already told and followed by the clause's verb: "residents who had fled since 2016 began to
 * return in early 2025", "A woman who had been living there since 9 February told us her neighbour was killed on 12 February".
 * The later date is past the baseline, the main clause's own.
 */
const SINCE_CLOSED = new RegExp(`\\b[Ss]ince\\s+[^,;.\\d]{0,30}?(?:\\d{4}|\\d{1,2}\\s+${MONTH_NAME})\\s+(?!and\\b|to\\b|until\\b|or\\b)[a-z]+\\b[^,;.]{0,60}$`);
/**
 * "A container ship that had been stuck in the port since the first days of the full-scale invasion sailed out on Wednesday": a
 * "since" naming a happening, closed by the main clause's own verb, as a "since" with its own date is (above): the later date
 * is the verb's.
 */
const SINCE_NAMED_THEN_VERB =
  /\bsince\s+the\s+(?:[\wÀ-ɏ'’-]+\s+){1,8}?(?:[a-z]{3,}ed|took|left|came|went|fled|fell)\s+(?:(?:out|off|up|back|away)\s+)?(?:(?:on|in)\s+)?$/;
/** The sentence's opening phrase, up to the date: "Since November 2011", "Since the failure of its offensive in June 2023". */
/** The same opening told as a clause of its own, which may run longer before its date ("Since the junta began flying … drones in 2022"). */
const OPENING_SINCE_CLAUSE = /^\s*since\b[^,;.]{0,120}$/i;
const OPENING_SINCE = /^\s*since\b[^,;.]{0,60}$/i;
/** "…, but since the fighting intensified in May, thousands have travelled on": a clause opened by "since" after a comma, as a sentence's opening is. */
const MID_SINCE_CLAUSE = /[,;]\s+(?:(?:and|but|while|yet)\s+)?since\b[^,;.]{0,120}$/i;
/** A count written in words, up to twelve, as the totals below read it beside figures ("at least six towns", "a dozen critics"). */
const COUNT_WORDS = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen`;
/**
 * "Since the start of the summer, Russia has launched more drones than in any earlier period of the war": a count set against
 * another time's, told after an opening "Since", measures from a baseline (guide: the baseline of a count, the date of a
 * comparison), no state begun then; so does a change by an amount ("Since the start of August the level has dropped by four metres").
 */
const COMPARED_COUNT_AFTER =
  /^,?\s+[^,;.]{0,40}?\b(?:has|have|had)\s+(?:(?:[a-z]+\s+){1,2}?(?:more|fewer|less)\s+[^,;.]{0,40}?\bthan\b|(?:dropped|fallen|risen|grown|climbed|increased|decreased|shrunk)\s+by\b)/i;
/**
 * "Since Assad was overthrown on 8 December, UNHCR says, more than 200,000 Syrians have crossed back": a total told in the
 * perfect after an opening "Since" is a count, the date its baseline (guide), as "200,000 have crossed since 8 December" is;
 * the number right before the people and their perfect verb of coming, going or falling ("about 1,200 of those families have come
 * back"), things hit or destroyed ("at least five combine harvesters have been hit"), the dead buried ("Since 2022 more than 600 of
 * the brigade's soldiers have been buried in the city's military cemetery"), or a total someone has documented
 * ("Since the junta began flying Bayraktar drones in 2022, human rights groups have documented dozens of strikes"), or a toll told
 * actively ("Since the start of the rainy season in June, floods have killed at least 94 people"; "Ukraine has struck at least 17 of
 * Russia's 38 large refineries"), or attacks a place has seen
 * ("Since January, the Diffa region has seen at least eleven attacks"), or the people a place has taken in ("Since the start of the
 * full-scale invasion in February 2022, Ostroh has also taken in about 3,000 displaced people", "several thousand"), or the times
 * a place was struck ("Since August, drones have struck the town's power substation twice and a fuel depot once"). "Since
 * mid-April tens of thousands have marched every evening" names no total: a habit begun then.
 */
const COUNT_TOLD_AFTER = new RegExp(
  String.raw`^,?\s+(?:[\wÀ-ɏ'’-]+\s+){0,8}?(?:has|have)\s+(?:also\s+)?(?:documented|recorded|counted|registered|reported|killed|displaced|wounded|injured|seen|suffered|taken\s+in|received|sheltered|housed|struck|hit|attacked|destroyed|damaged)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|around\s+|nearly\s+)?(?:\d[\d,.]*|${COUNT_WORDS}|dozens|hundreds|thousands|scores|(?:several|a\s+few)\s+(?:hundred|thousand))\b|^,?\s+(?:[^,;.]{1,30},\s+)?(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|around|fewer\s+than)\s+)?(?:\d[\d,.]*(?:\s+(?:thousand|million))?|${COUNT_WORDS}|dozens|hundreds|thousands|scores)\s+(?:[\wÀ-ɏ'’-]+\s+){0,5}?(?:has|have)\s+(?:been\s+)?(?:crossed|fled|returned|(?:gone|come|moved)\s+(?:home|back)|left|killed|died|displaced|wounded|injured|arrested|detained|registered|arrived|evacuated|deported|conscripted|jailed|sentenced|abducted|executed|travelled|traveled|hit|struck|destroyed|damaged|burned|burnt|buried|captured|rescued)\b|^,?\s+(?:[\wÀ-ɏ'’-]+\s+){0,8}?(?:has|have)\s+(?:struck|hit|attacked|shelled|bombed)\s+[^,;.]{1,60}?\s+(?:twice|(?:\d+|${COUNT_WORDS})\s+times)\b`,
  'i',
);
/**
 * "Russia has moved troops and armour towards the border since the middle of March": a build-up told in the perfect since a
 * date is a happening that began then, dated by it as a state is; only verbs of moving forces, and no number in the clause
 * ("More than 350,000 people have fled since the start of December" counts since a baseline). So is a watch that forces have
 * kept since a date ("UN troops have manned the posts along the buffer zone since 1974", "have patrolled the line", "have
 * guarded the road"), and a camp, a base or troops they have kept there ("MINUSMA had kept a camp on the edge of the town since
 * 2014", "France has kept troops in Chad … since independence in 1960", the happening named with its date):
 * their stationing began then, as a foreign force a place has hosted from a date (guide). Counted in words
 * ("has sent its army into the region three times since 2016", "twice"), the sendings are a count and the date its baseline.
 */
const BUILD_UP_NEAR = 180;
const BUILT_UP_SINCE =
  /(?:^|[,;:]\s*)[^,;:.\d]{0,60}\s(?:has|have|had)\s+(?:moved|deployed|massed|amassed|sent|stationed|built\s+up|brought\s+up|manned|patrolled|guarded|garrisoned|(?:kept|maintained|had)\s+(?:(?:a|an|its|their)\s+(?:[\wÀ-ɏ-]+\s+)?(?:camp|base|garrison|outpost)s?|troops|forces|soldiers))\b(?![^,;:.]{0,100}\b(?:times|twice|once)\b)[^,;:.\d]{0,100}\bsince\s+(?:the\s+)?(?:[a-z]+\s+(?:in|of)\s+)?$/i;
/**
 * "has been under blockade by JNIM since early 2022", "had continued since Saturday", "where he has been a prisoner since the coup
 * of last July", "had been striking oil installations
 * around the town since the autumn of 2015": a state or an ongoing action told in the perfect, counted from the day it
 * began, which is the date of that happening (as the seed's "Since November 2011, Al-Qusayr has been besieged"), and so is
 * a building's use by the forces ("The school had been used as a barracks since the autumn"), a defence held since a date
 * ("The defenders had held out since September", as "had been held by rebels since" is), a place on the front line or
 * that has seen fighting since a date ("had been on the front line since 2014", "has been within range of Russian artillery since
 * March 2022", "had seen several rounds of fighting since 2012", as the Hama gold reads it), a way shut since a date ("the canal had been blocked by Ukraine since 2014", "the
 * crossing has been closed since March": the closing is the happening, as a blockade's start is), ground held ready since
 * a date ("every tree line had been dug in since May", "fortified", "mined", and defences "had been built since the autumn of
 * 2022": the digging or building began then, as an occupation did), and a state the clause
 * leaves to the one before it ("remains in Russian hands, as it has been since May": no count is told with a bare "been");
 * a place run or governed by someone since a happening named with its date ("had been run by its Armenian majority since a
 * ceasefire in May 1994", as "held … since the war of 1991–1992"), or since a side's move told as a clause ("The islands have been on
 * the front line since the Russian army left the right bank in November 2022"); no number in between, where a count would be. An
 * appositive naming who holds it may stand between ("have been occupied by Russia and its proxy, the Luhansk People's
 * Republic, since 2014") or a part of the ground it includes ("have held the south of the oblast, including the nuclear plant at
 * Enerhodar, since March 2022"), or told to have been in their hands ("The towns had been in Ukrainian hands since the summer of 2014"),
 * and ground its holders are told, active, to have held since a date ("Rebel groups had held much of the
 * countryside since 2012", "have controlled the crossing since"), taken then as one held by them was; not in a
 * clause describing the ground ("into areas they had controlled since 2015", "the part of the Golan Heights that Israel has
 * occupied since 1967") or its holder ("to press Israel, whose troops have held a strip of Syrian territory since December"),
 * a background of what the sentence tells. A way its
 * shutters are told, active, to have blocked since a date ("Azerbaijan had blocked the corridor since December 2022") was shut then,
 * as "had been blocked since" is. So is what a body has run since a date ("It has run a training course for foreign volunteers
 * since 2024") or where it has worked ("AMS had worked in Niger since 2004"), and an insurgency or fighting that has spread, escalated or intensified since one.
 * A place its besiegers "have kept … under blockade since August 2023" has been under blockade since then, and one that "has had no
 * running water since the end of May", or "has been without power since", lost it then; what "has been suspended since the spring
 * of 2022" stopped then.
 */
const SINCE_STATE =
  /\b(?:has|have|had)\s+(?:had\s+to\s+[a-z]+|had\s+no|been\s+without|kept\s+(?:[\wÀ-ɏ'’-]+\s+){1,4}?under\s+(?:a\s+)?(?:blockade|siege|curfew|lockdown)|been(?=\s+since\b)|been\s+(?:suspended|halted|banned|cancelled|canceled|under\s+[a-z-]+|(?<!\b(?:that|which)\s+(?:has|have|had)\s+been\s+)in\s+(?:[\wÀ-ɏ'’-]+\s+){1,2}hands|(?:a\s+)?prisoners?|in\s+(?:detention|custody|prison|jail)|active|besieged|blockaded|blocked|closed|shut|sealed(?:\s+off)?|encircled|occupied|held|controlled|run|governed|administered|ruled|based|stationed|deployed|garrisoned|guarded|in\s+(?:cold\s+|hot\s+)?shutdown|out\s+of\s+(?:service|operation|action)|dug\s+in|fortified|mined|built|constructed|used\s+as\s+(?:an?\s+)?[a-z-]+|cut(?:\s+off)?|in\s+force|on\s+the\s+(?:front\s*line|line\s+of\s+contact)|within\s+(?:the\s+)?range\s+of|(?:outside|out\s+of|beyond)\s+(?:the\s+)?control|[a-z]{3,}ing)|seen\s+(?:[\wÀ-ɏ-]+\s+){0,3}?(?:fighting|clashes|shelling)|(?:carried\s+out|staged|mounted|launched)\s+(?:repeated\s+|frequent\s+|regular\s+)?(?:attacks|raids|strikes|ambushes|incursions)|(?:struck|hit|shelled|bombed|targeted|attacked)\s+(?:it|them|the\s+[\wÀ-ɏ-]+)\s+(?:repeatedly|regularly|again\s+and\s+again)|continued|persisted|held\s+out|spread|escalated|intensified|run\s+(?=(?:a|an|its|their)\s)|(?:fought|operated|worked)(?!\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|hundreds|numerous)\b)|(?<!\b(?:which|that|they|we|it|he|she)\s+(?:has|have|had)\s+)(?<!\b(?:which|that)\s+(?:the\s+)?(?:[A-Z][\wÀ-ɏ'-]*\s+){1,3}(?:has|have|had)\s+)(?<!\bwhose\s+[\wÀ-ɏ'-]+\s+(?:has|have|had)\s+)(?:held|controlled|occupied|blocked|blockaded|besieged))\b[^,;.\d]{0,70}(?:,\s*(?:(?:the|a|an|including)\s[^,;.\d]{1,50}|[a-z]{3,}ly|(?:on|off)\s+and\s+(?:off|on)),\s*)?\bsince\s+(?:the\s+(?:[\wÀ-ɏ'-]+\s+){1,3}of\s+|(?:an?|the)\s+[\wÀ-ɏ'-]+\s+in\s+|the\s+(?:battle|siege|capture|fall)\s+of\s+[\wÀ-ɏ'-]+(?:\s+[\wÀ-ɏ'-]+)?\s+in\s+|(?:the\s+)?(?:[\wÀ-ɏ'-]+\s+){1,3}?(?:left|withdrew\s+from|retreated\s+from|took|captured|seized|entered)\s+(?:the\s+)?(?:[\wÀ-ɏ'-]+\s+){1,3}?(?:in|on)\s+|the\s+)?$/i;
/**
 * "Sweida has run its own affairs since the fall of Bashar al-Assad last December": a state since a happening named by whom it
 * befell, before its date, starts at that happening's date as "since the fall of 2024" would; read as if the name were not there.
 * Case matters: a name is capitalised ("since the failure of its offensive in June 2023" stays a baseline).
 */
const NAMED_BY_WHOM_IT_BEFELL =
  /\bsince\s+the\s+(?:fall|death|ouster|overthrow|removal|departure|election|arrival|return)\s+of\s+(?:(?:al-|ad-|el-)?[A-Z][\wÀ-ɏ'’-]*\s+|(?:bin|ibn|de|van|von)\s+){1,4}(?:(?:in|on)\s+)?$/;

/**
 * "The region had been shelled regularly since the spring of 2022", "the port has been struck by drones almost nightly since
 * March", "had come under regular shelling since May": attacks told in the perfect since a date are a habit of the story that
 * starts then, an event of that start (guide: a habit from a stated date), as a siege since a date is; a count of them ("had
 * been shelled 40 times since", "several times", "twice") keeps the date a baseline, as a count of the dead does.
 */
const ATTACKED_SINCE =
  /\b(?:has|have|had)\s+(?:been\s+(?:shelled|bombed|bombarded|struck|raided|attacked)|come\s+under)\b(?![^,;.]{0,50}\b(?:times|twice|once)\b)[^,;.\d]{0,50}\bsince\s+(?:the\s+(?:[\wÀ-ɏ'-]+\s+){1,3}of\s+|the\s+)?$/i;
/**
 * "At least three other mining sites in Poni have been attacked since January": the attacked counted in their subject are a total,
 * the date its baseline, as "more than 100 tankers have been destroyed since" is.
 */
const COUNTED_ATTACKED_SINCE = new RegExp(
  String.raw`\b(?:\d[\d,]*|${COUNT_WORDS}|dozens|hundreds|thousands)\s+(?:[\wÀ-ɏ'’-]+\s+){0,6}?(?:has|have|had)\s+been\s+(?:shelled|bombed|bombarded|struck|raided|attacked)\b[^,;.\d]{0,50}\bsince\s+(?:the\s+)?$`,
  'i',
);

/**
 * "Its population is largely Arab and Tuareg, and since 2012 it had been held by armed groups": a "since" opening a second main
 * clause, its state told in the perfect after the date, dates that state as an opening "Since November 2011, …" does, and so does
 * what has been going on since ("and since July the council has been bringing water from Sayyida Zaynab in three hired tankers");
 * no number in that clause, where a count would be ("and since March 300 people have fled").
 */
const CLAUSE_OPENING_SINCE = /[,;]\s+(?:(?:and|but|while)\s+)?since\s+$/i;
const PERFECT_STATE_AFTER =
  /^,?\s+(?:it|they|the\s+[\wÀ-ɏ'-]+)\s+(?:has|have|had)\s+(?:been\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|eld|un)|(?:been\s+)?[a-z]+ing|brought|sent|kept|run)\b[^,;.\d]*(?:[,;.]|$)/;

/** "since February 2022, when the group blew up the bridges": the date of the happening the clause tells, not a baseline. */
const WHEN_CLAUSE_AFTER = /^\s*,\s*when\s/i;
/**
 * "since the bridge opened in May 2018", "since the group declared a ceasefire on 1 March", "since that coalition was formed in March 2017", "since the full-scale invasion began last year", "since a
 * Russian–Turkish agreement signed in Moscow on 5 March 2020", "since the guard seized power on 26 July", "since a drone hit the local
 * substation in June": a clause whose
 * own happening the date is, not a baseline; its verb's object or a place may stand between the verb and the date.
 */
const SINCE_CLAUSE =
  /\bsince\s+(?:the\s+|its\s+|their\s+|an?\s+|that\s+|this\s+)?(?:[\wÀ-ɏ'–-]+\s+){1,2}?(?:(?:was|were)\s+)?(?:\w+ed|began|broke\s+out|hit|struck|took|fell|cut)(?:(?:\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?!in\b|on\b|at\b|near\b)[a-z]+\s+)?(?!in\b|on\b|at\b|near\b)[a-z]+)?(?:\s+(?:in|at|near)\s+[A-Z][\wÀ-ɏ'-]*)?|\s+(?:into|to|across|through|out\s+of)\s+the\s+(?:[\wÀ-ɏ'’-]+\s+){1,5}?of\s+(?:the\s+)?[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*)?)\s+(?:(?:in|on)\s+)?$/i;

/**
 * "Pashinyan has been moving away from Moscow since Azerbaijan took back Nagorno-Karabakh in September 2023": a retaking or an
 * overrunning told in its own clause after "since" is the happening the date is, as "since the guard seized power" is, its
 * object one or two words before the date's preposition.
 */
const SINCE_RETAKING =
  /\bsince\s+(?:[\wÀ-ɏ'–-]+\s+){1,3}?(?:took\s+back|won\s+back|retook|recaptured|overran)\s+(?:the\s+)?(?!(?:in|on|at)\b)[\wÀ-ɏ'–-]+(?:\s+(?!(?:in|on|at)\b)[\wÀ-ɏ'–-]+)?\s+(?:in|on)\s+$/i;

/**
 * "The gorge is still held by the army, since troops took it from a militia leader in July 2006": a place held since a
 * happening its own clause dates began to be held then (guide: a place under someone's control since a date), no count's
 * baseline. The holding right before the "since", then the clause up to the date; bounded.
 */
const HELD_SINCE_CLAUSE = /\b(?:is|are|was|were|been)\s+(?:still\s+)?(?:held|controlled|occupied)\b[^;.]{0,40}?\bsince\s[^,;.]{0,80}$/i;

/**
 * "Russian instructors have been in Niamey since April of that year": a force present in a place since a date was stationed then,
 * as one a place has hosted from a date is (guide). Only a force as the subject: "The president has been in Paris since" is a visit.
 */
const FORCE_PRESENT_SINCE =
  /\b(?:troops|soldiers|instructors|forces|mercenaries|peacekeepers|fighters|advisers|advisors|units)\s+(?:have|has|had)\s+been\s+(?:(?:based|stationed|deployed|present)\s+)?(?:in|at)\s+(?:the\s+)?[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*)?\s+since\s+$/;

/**
 * "Krasnohorivka is a small town on the western edge of Donetsk, on the front line since 2014": the front-line state a place
 * has been in since a date, told in an aside with no verb, starts then, as "had been on the front line since 2014" does.
 */
const FRONT_LINE_ASIDE = /,\s*(?:on|near|close\s+to)\s+the\s+(?:front\s*line|line\s+of\s+contact)\s+since\s+$/i;

/** Whether a state or an ongoing action told in the perfect starts at the date ("has been besieged since"). */
export function tellsStateSince(near: string): boolean {
  return SINCE_STATE.test(near) || ATTACKED_SINCE.test(near) || FRONT_LINE_ASIDE.test(near) || FORCE_PRESENT_SINCE.test(near) || DEMANDED_SINCE.test(near);
}

/**
 * "got their first parliament since the fall of the regime this week": "the first since" measures a long gap back to the happening
 * it names, which the week of the writing cannot hold, so "this week" after it dates the clause's verb, not that happening. A
 * count's baseline may lie in the week ("300 have fled since the start of the fighting this week"), and "since earlier this week"
 * is one.
 */
const WRITING_WEEK = /^this\s+week$/i;

/**
 * "Metinvest announces that the mine has stopped work, for the first time since it opened in 1990", "the first time the two armies
 * had met there since ISIL overran the crossing in 2014", "The first school to reopen in Zamalka since the town was emptied in
 * 2018 welcomed about 600 pupils on Sunday": "the first time since", or the first thing to do it since,
 * measures how long the happening had not been seen, back to a year, whatever clause tells that year; the gap's far end dates
 * nothing (guide: a baseline), so the sentence keeps its own day. A year only: "this week" may date the verb (see above).
 */
const FIRST_TIME_SINCE = /\b(?:for\s+)?the\s+first\s+(?:time|[a-z]+\s+to\s+[a-z]+)\s+(?:[^,;.]{1,60}?\s)?since\s[^,;.]{0,80}$/i;
/**
 * "The fires are the worst on the Syrian coast since October 2020, when blazes … killed three people": a superlative since a date
 * compares with then (guide: the date of a comparison), even when a "when" clause tells what happened on it, or a clause of its own
 * ("the worst attack on civilian homes in Lviv since the full-scale invasion began in February 2022").
 */
const WORST_SINCE = /\b(?:worst|largest|biggest|deadliest|heaviest|highest|lowest|strongest|longest)\b[^,;.]{0,60}\bsince\s[^,;.]{0,80}$/i;
const YEAR = /\b\d{4}\b/;
const FIRST_SINCE_NAMED_HAPPENING = /\bfirst\b[^,;.]{0,60}\bsince\s+(?:the|a|an|its|their)\s[^,;.]{1,60}\s$/i;

/** Whether a total is told after a clause opened by "since", at the sentence's start or after a comma (see COUNT_TOLD_AFTER). */
export const totalAfterSinceClause = (before: string, after: string): boolean =>
  (OPENING_SINCE_CLAUSE.test(before) || MID_SINCE_CLAUSE.test(before)) && COUNT_TOLD_AFTER.test(after);

/**
 * "since November" or "since the start of the invasion on 24 February" inside a sentence is a baseline for a count; only a
 * sentence that opens with "Since November 2011, …" (or "Since the failure of the offensive in June 2023, …": the date in
 * its opening phrase) dates a state of things, or a clause with its own verb ("since the bridge opened in May 2018") a
 * happening. `before` is the sentence up to the date, `near` and `after` the words just around it, `text` the date's own words.
 */
export function countsSinceBaseline(before: string, near: string, after: string, text = ''): boolean {
  // A post's weekday is told with its "since": only a total up to it ("have destroyed more than 3,000 houses … since Sunday").
  // An opening "Since Sunday, more than 600 families have arrived": a total told after it, as after an opening "Since November".
  const upToSince = `${before.slice(-BUILD_UP_NEAR)}since `;
  if (/^since\s/i.test(text)) return TOTAL_SINCE.test(upToSince) || measuresChangeSince(upToSince) || (/^\s*$/.test(before) && COUNT_TOLD_AFTER.test(after));
  if (totalAfterSinceClause(before, after)) return true;
  const reach = before.slice(-BUILD_UP_NEAR);
  if (COUNTED_ATTACKED_SINCE.test(reach)) return true;
  if (totalUpToSinceClause(reach, near)) return true;
  // A change measured since a year, whatever clause tells it (`measuresChangeSince`); but "have grown more frequent since 2022,
  // when fighters began to operate in the park" is dated by what the "when" clause tells.
  const grown = measuresChangeSince(reach) && !WHEN_CLAUSE_AFTER.test(after);
  if ((FIRST_TIME_SINCE.test(reach) || grown || WORST_SINCE.test(reach)) && YEAR.test(text)) return true;
  return (
    SINCE_PHRASE.test(before) &&
    !(WRITING_WEEK.test(text) && FIRST_SINCE_NAMED_HAPPENING.test(reach)) &&
    !SINCE_CLOSED.test(before) &&
    !SINCE_NAMED_THEN_VERB.test(reach) &&
    !HELD_SINCE_CLAUSE.test(reach) &&
    !(OPENING_SINCE.test(before) && !COMPARED_COUNT_AFTER.test(after) && !COUNT_TOLD_AFTER.test(after)) &&
    !SINCE_CLAUSE.test(near) &&
    !SINCE_RETAKING.test(near) &&
    !SINCE_STATE.test(reach.replace(NAMED_BY_WHOM_IT_BEFELL, 'since ')) &&
    !FRONT_LINE_ASIDE.test(near) &&
    !FORCE_PRESENT_SINCE.test(near) &&
    !ATTACKED_SINCE.test(reach) &&
    !BUILT_UP_SINCE.test(reach) &&
    !WHEN_CLAUSE_AFTER.test(after) &&
    !(CLAUSE_OPENING_SINCE.test(near) && PERFECT_STATE_AFTER.test(after)) &&
    !keptUpSince(near, reach, after)
  );
}

/**
 * "has made the run to Druzhkivka more than 300 times since", "has been targeted on more than 30 nights since the start of the
 * year": a count of times up to the "since", its date the count's baseline.
 */
const TIMES_SINCE =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|hundreds\s+of)\s+(?:times|nights|days|occasions)\s+since\s+(?:the\s+)?$|\btwice\s+since\s+(?:the\s+)?$/i;

/**
 * "brought to more than 60 the number of soldiers killed in central Mali since the start of the year", "More than 60 soldiers had
 * been killed since the start of the year", "nine party members had been arrested since Monday night", "a councillor who has
 * taken in 23 relatives since the start of the year", "have destroyed more than 3,000 houses", "its teams have removed more than
 * 1,100 items" (any past participle before the count, in figures or in words: "JNIM has attacked at least six towns in Tapoa
 * since the start of the year"), "The city has had 96 air-raid alerts", a count as the subject of a perfect ("Hundreds of families
 * from villages near the Malian border have walked into Thiou since the weekend", "At least nine checkpoints have been attacked
 * since the start of the year"), and a tally kept in the present, "Analysts count at least nine attempts to cross the canal": a
 * total up to the "since", its phrase the count's baseline (guide), as "200 had been killed since February" is.
 */
const TOTAL_SINCE = new RegExp(
  String.raw`\b(?:the\s+(?:number|total|toll|count)\s+of\s+[^,;.\d]{1,80}?|(?:\d[\d,.]*(?:\s+million)?|(?:two|three|four|five|six|seven|eight|nine|ten|a)\s+million|millions|dozens|hundreds|thousands|${COUNT_WORDS})\s+(?:[\wÀ-ɏ'’-]+\s+){0,4}?(?:has|have|had)\s+been\s+(?:killed|wounded|injured|displaced|arrested|detained|abducted|registered|recorded|reported|documented|counted)\b[^,;.\d]{0,60}?|(?:has|have|had)\s+(?:already\s+)?(?:taken\s+in|[a-z]{3,}ed|had|seen|suffered|found|shot\s+down)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|at\s+least\s+)?(?:\d[\d,]*|${COUNT_WORDS}|dozens\s+of|(?:tens\s+of\s+)?thousands\s+of|hundreds\s+of)\s+[^,;.\d]{1,80}?|\b(?:count|counts|record|records|tally|tallies)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?(?:\d[\d,]*|${COUNT_WORDS}|dozens\s+of|hundreds\s+of|(?:tens\s+of\s+)?thousands\s+of)\s+[^,;.\d]{1,60}?|\b(?:\d[\d,]*|dozens|hundreds|thousands|(?:several|a\s+few|some)\s+hundred|(?:at\s+least|more\s+than|over|nearly|some)\s+(?:${COUNT_WORDS}))\s+(?:of\s+)?[^;.\d]{0,100}?\b(?:has|have|had)\s+(?:already\s+)?(?:been\s+)?(?:[a-z]{3,}ed|fled|come|left|gone)\b[^;.\d]{0,160}?)\s+since\s+(?:the\s+)?$`,
  'i',
);

/** "Rainfall … since the start of the year has been about half the usual amount": an amount measured since then compares, no happening. */
const MEASURED_AFTER =
  /^\s*(?:has|have|had)\s+been\s+(?:(?:only|about|roughly|nearly|just|barely|around|less\s+than|more\s+than|under|over)\s+)?(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|twice|double|\d[\d,.]*\s*(?:%|per\s*cent|percent|mm|millimetres|cm)\b)/i;

/**
 * Whether a relative phrase after "since" is a count's baseline: a count of times or a total up to it ("more than 300 times since
 * the start of the year", "the number of soldiers killed since the start of the year"), or a total told after an opening "Since"
 * ("Since the start of the year at least a dozen critics have been conscripted"), as such a date written out is (see
 * `countsSinceBaseline`), or an amount measured since it. `before` is the sentence up to the phrase.
 */
export function countsSinceRelative(before: string, after: string): boolean {
  const reach = before.slice(-BUILD_UP_NEAR);
  return (
    TIMES_SINCE.test(reach) || TOTAL_SINCE.test(reach) || totalAfterSinceClause(before, after) || (/\bsince\s+$/i.test(reach) && MEASURED_AFTER.test(after))
  );
}

/**
 * "The town had already taken in about 35,000 people from the surrounding villages since the violence reached Loroum in 2019": a
 * total up to a "since" whose own clause tells a happening with its date is still the count's baseline (guide), as it is when
 * the clause's verb is no past participle ("since the violence grew in 2019"); so is a count of times ("has met only twice since it was
 * formed in May").
 */
function totalUpToSinceClause(reach: string, near: string): boolean {
  const since = reach.search(/\bsince\s[^,;.]*$/i);
  const upToSince = reach.slice(0, since + 'since '.length);
  return since >= 0 && (SINCE_CLAUSE.test(near) || SINCE_RETAKING.test(near)) && (TOTAL_SINCE.test(upToSince) || TIMES_SINCE.test(upToSince));
}
