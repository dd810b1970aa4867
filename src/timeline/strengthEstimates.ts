/**
 * The strength of a unit or a side, and how many residents remain in a place, as estimated at a time: descriptions, as a
 * population figure is (guide), whatever their date, while a count of the killed, captured or departed is a happening's.
 */
import { AS_OF_BEFORE } from './populationFigures.ts';
import { tellsPeopleLeft } from './peopleLeft.ts';

/**
 * A unit's strength and its change describe the unit, however hedged, as a population figure describes a place (guide): "its size
 * was thought to have grown considerably after 2018", "Its strength was estimated at 15,000 in 2011". "Its ranks were thinned by
 * the assault of 3 May" tells a happening: only a change or a figure of the size itself.
 */
const UNIT_STRENGTH_BEFORE =
  /\b(?:size|strength|numbers|manpower)\s+(?:(?:(?:was|were|is|are)\s+(?:thought|believed|estimated|said|reported)\s+to\s+have\s+|had\s+|has\s+|have\s+)?(?:grown|grew|risen|rose|increased|doubled|tripled|swelled|fallen|fell|shrunk|shrank|declined|dropped)(?:\s+[\wÀ-ɏ-]+){0,2}?|(?:was|were)\s+(?:estimated|put|given)\s+at\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?)\s+(?:after|since|by|in|as\s+of)\s+$/i;
/**
 * "ten times its size at the end of 2024": a unit's size at a date, the term of a comparison, describes it then; not the object of
 * what the unit did ("The brigade rebuilt its strength in 2015 with new supplies of missiles"), a happening.
 */
const SIZE_AT_BEFORE =
  /(?<!\b(?:rebuilt|restored|regained|recovered|built\s+up|increased|doubled|tripled)\s+)\b(?:its|their|the\s+[\wÀ-ɏ-]+(?:'s|’s))\s+(?:size|strength|numbers|manpower)\s+(?:at|in|by|as\s+of)\s+$/i;
/**
 * The same figure told with whoever estimated it as the subject: "UN monitors estimated its strength at between 2,000 and 3,000
 * fighters in 2023", "Analysts put the group's numbers at 1,500 by 2020". "estimated its losses at 300 in March" is a count of a
 * happening: only the size itself.
 */
const UNIT_STRENGTH_ESTIMATED_BEFORE =
  /\b(?:estimated|estimates|put|puts|assessed|assesses|gave|gives)\s+(?:its|their|the\s+(?:[\wÀ-ɏ-]+\s+){0,2}?[\wÀ-ɏ-]+(?:'s|’s))\s+(?:size|strength|numbers|manpower)\s+at\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?\s+(?:in|by|as\s+of)\s+$/i;
/**
 * "Bezler's group, which was estimated to number several hundred fighters by the summer, fortified …": the same size told of the
 * unit in its own clause, the figure before the date. Only a count of fighters or men.
 */
const ESTIMATED_TO_NUMBER_BEFORE =
  /\b(?:was|were|is|are)\s+(?:estimated|thought|believed|said|reported)\s+to\s+(?:number|have|count)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?\b(?:personnel|troops|soldiers|fighters|members|men|militiamen)\s+(?:by|in|as\s+of)\s+(?:the\s+)?$/i;
/**
 * "Its size is not public; estimates in 2025 put it at 2,000 to 2,500 men": the estimate dated before its figure, "it" the unit.
 * Only a count of the unit's own people.
 */
const ESTIMATES_IN_BEFORE = /\b(?:estimates?|figures?)\s+(?:in|from|for|as\s+of)\s+$/i;
const PUT_IT_AT_AFTER =
  /^\s+(?:put|puts|placed|placing)\s+(?:it|them|its\s+(?:size|strength|numbers))\s+at\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?\b(?:personnel|troops|soldiers|servicemen|fighters|members|men|mercenaries)\b/i;

/** A unit as the subject of its own size: a pronoun for it, or the unit named by what it is. */
const THE_UNIT = String.raw`(?:it|they|the\s+(?:group|unit|brigade|division|regiment|battalion|detachment|militia|garrison|centre|center|corps|legion|movement))`;
/**
 * The figure told after its date with the unit as its subject: "Their exact strength is classified; in 2019 it was estimated at
 * several thousand personnel", "By 2020 the group was estimated to have between 2,000 and 3,000 fighters". Only a count of the
 * unit's own people: "in 2019 it was estimated at $2 billion" is no size.
 */
const UNIT_STRENGTH_AFTER = new RegExp(
  String.raw`^,?\s+${THE_UNIT}\s+(?:was|were)\s+(?:estimated|thought|believed|said|reported)\s+(?:at|to\s+(?:number|have))\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?\b(?:personnel|troops|soldiers|servicemen|fighters|members|men)\b`,
  'i',
);
/** "In October 2025 the outlet Verstka estimated the unit's strength at about 5,000": the estimator as the subject, after the date. */
const UNIT_STRENGTH_ESTIMATED_AFTER =
  /^,?\s+(?:(?!,\s*and\b)[^.;]){0,60}?\b(?:estimated|put|assessed|gave)\s+(?:its|their|the\s+(?:[\wÀ-ɏ-]+\s+){0,2}?[\wÀ-ɏ-]+(?:'s|’s))\s+(?:size|strength|numbers|manpower)\s+at\b/i;
/**
 * "By then, Ukrainian estimates put the number of Russian soldiers in the area at between 3,500 and 4,000": the strength of a
 * side in a battle as estimated at a time describes it, as a unit's strength does (guide; the seed's "At the time, there were
 * said to be still 20 government snipers"). A count of the fallen or taken ("put the number of soldiers killed at 25") is a
 * casualty count, a happening's, so no casualty word may stand in the phrase.
 */
const CASUALTY_WORD = String.raw`(?:killed|wounded|injured|dead|died|captured|missing|lost|casualties|prisoners)\b`;
const FORCE_STRENGTH = String.raw`\b(?:estimates?|estimated|put|puts|placed|gave|assessed)\s+the\s+(?:number|strength|size)\s+of\s+(?:(?!${CASUALTY_WORD})[^,;.]){0,60}?\b(?:soldiers|troops|fighters|servicemen|personnel|militants|combatants)\b(?:(?!${CASUALTY_WORD})[^.;]){0,60}?\sat\s+(?:about\s+|around\s+|some\s+|between\s+|up\s+to\s+|more\s+than\s+|over\s+|nearly\s+)?\d`;
const FORCE_STRENGTH_AFTER = new RegExp(String.raw`^(?:(?!,\s*and\b)[^.;]){0,60}?${FORCE_STRENGTH}`, 'i');
const FORCE_STRENGTH_BEFORE = new RegExp(String.raw`${FORCE_STRENGTH}(?:[^,;.]|(?<=\d)[,.](?=\d)){0,40}?\s(?:in|by|as\s+of)\s+$`, 'i');
/**
 * "by the end of the month its garrison was estimated at a few hundred men": the size of a side's force as the subject of the
 * estimate, as the pronoun's "it was estimated at several thousand personnel" is (guide: a side's strength as estimated at a
 * time describes it). Only force nouns and a count of people: "its losses were estimated at 300 men" is a happening's count. So
 * is the garrison named by its place ("By October the garrison at Mahin was reported to number fewer than 400 soldiers"), and a
 * post told as held by so many ("By early 2024 it was held by about 60 soldiers and some 80 VDP members"; "held by the army" is
 * whose it was, no count).
 */
const FORCE_SIZE_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:its\s+|their\s+|the\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?)(?:garrison|force|forces|strength|numbers|contingent)(?:\s+(?:at|in|of)\s+[^,;.]{1,30}?)?\s+(?:was|were)\s+(?:estimated|thought|believed|said|reported)\s+(?:at|to\s+(?:number|be|have))\s+(?:(?!${CASUALTY_WORD})[^,;.]|(?<=\d)[,.](?=\d)){1,40}?|(?:it|the\s+(?:[\wÀ-ɏ'’-]+\s+){0,2}?(?:post|base|camp|garrison|position|outpost))\s+was\s+(?:held|defended|manned|garrisoned)\s+by\s+(?:about\s+|around\s+|some\s+|only\s+|fewer\s+than\s+|more\s+than\s+|nearly\s+)?\d[\d,]*\s+(?:[\wÀ-ɏ-]+\s+){0,2}?)(?:personnel|troops|soldiers|servicemen|fighters|members|men|militants)\b`,
  'i',
);

/**
 * "As of 2025 the brigade consists of the following units:": what a unit is made of at a date describes it, as its strength does
 * (guide). Only after "as of", the day things stood: "As of 2025, the brigade had lost two of its battalions" tells what befell it.
 */
const UNIT_MADE_OF_AFTER = new RegExp(
  String.raw`^,?\s+(?:${THE_UNIT}\s+(?:(?:consists|consisted|comprises|comprised)\s+of|(?:is|was|are|were)\s+(?:made\s+up|composed)\s+of)|(?:its|their|the\s+[\wÀ-ɏ-]+(?:'s|’s))\s+structure\s+(?:is|was)\s+as\s+follows)\b`,
  'i',
);

/** Residents counted as having gone, or come back, are a count of that happening, not of who lives there. */
const DEPARTED_WORD = String.raw`(?:fled|displaced|evacuated|returned|who\s+(?:had\s+|have\s+)?left)\b`;
/**
 * "Estimates given by officials in March put the number of remaining residents at fewer than 100": how many people still live in a
 * place, as estimated at a time, is its population figure told by whoever counted (guide), no happening; the date may stand in the
 * estimate's subject or after the figure. Only residents, or people told as still living or staying there: a count of those
 * killed, displaced, evacuated or returned is a happening's.
 */
const RESIDENTS = String.raw`(?:(?:remaining|local)\s+)?(?:residents|inhabitants)\b|remaining\s+(?:people|civilians)\b|(?:people|civilians)\s+(?:still\s+)?(?:living|remaining|left|staying)\b`;
const RESIDENTS_ESTIMATE = String.raw`\b(?:estimates?|estimated|put|puts|placed|gave)\s+the\s+number\s+of\s+(?:${RESIDENTS})(?:(?!${CASUALTY_WORD}|${DEPARTED_WORD})[^.;]){0,60}?\sat\s+(?:(?:about|around|some|between|up\s+to|(?:more|fewer|less)\s+than|over|under|nearly|only|just)\s+)?\d`;
const RESIDENTS_ESTIMATE_AFTER = new RegExp(String.raw`^(?:(?!,\s*and\b)[^.;]){0,60}?${RESIDENTS_ESTIMATE}`, 'i');
const RESIDENTS_ESTIMATE_BEFORE = new RegExp(String.raw`${RESIDENTS_ESTIMATE}(?:[^,;.]|(?<=\d)[,.](?=\d)){0,40}?\s(?:in|by|as\s+of)\s+$`, 'i');

/**
 * "By the spring the army estimated that between 1,000 and 1,500 rebel fighters remained in the enclave": the same strength told as
 * how many of a side were left, as "only about 200 residents remained" tells a place's size (guide). Those who "remained missing"
 * or "captive" are a count of a happening's losses, as the killed are.
 */
const FORCE_REMAINING_AFTER = new RegExp(
  String.raw`^(?:(?!,\s*and\b)[^.;]){0,60}?\b(?:estimated|estimates|said|believed|assessed|reported)\s+that\s+(?:only\s+)?(?:about\s+|around\s+|some\s+|between\s+|up\s+to\s+|(?:more|fewer)\s+than\s+|over\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:and|to)\s+\d[\d,.]*)?(?:\s+(?:hundred|thousand))?\s+(?:[\wÀ-ɏ-]+\s+){0,2}?(?:soldiers|troops|fighters|militants|combatants|personnel)\s+(?:(?:still\s+)?remained\b(?!\s+(?:missing|unaccounted|captive|in\s+captivity)\b)|(?:were|was)\s+(?:still\s+)?(?:on|in|inside)\s+(?:the\s+|its\s+|their\s+)?(?:[\wÀ-ɏ'’-]+\s+)?(?:soil|territory|side)\b)`,
  'i',
);

/**
 * "Of the roughly 1,200 Assyrian families who lived in the valley before the war, fewer than 250 had returned by 2018": how many had
 * come back by a date counts who lives there then, as "most of the town's Kurdish population had not returned" does (guide), a
 * place's people at that date, no happening.
 */
const RETURNED_BY_BEFORE =
  /(?:\b(?:fewer|less|more)\s+than\s+|\b(?:about|around|some|only|just|nearly)\s+)?\d[\d,.]*(?:\s+(?:hundred|thousand))?(?:\s+[a-z]+){0,2}?\s+had\s+(?:not\s+)?(?:yet\s+)?returned\s+(?:by|as\s+of)\s+$/i;

/**
 * The same count told before its date: "Ukrainian commanders estimated that about 60 Russian soldiers remained in the city at the end
 * of the month", a relative date's too, its place after "remained" at most a short phrase.
 */
const FORCE_REMAINING_BEFORE = new RegExp(
  String.raw`\b(?:estimated|estimates|said|believed|assessed|reported)\s+that\s+(?:only\s+)?(?:about\s+|around\s+|some\s+|between\s+|up\s+to\s+|(?:more|fewer)\s+than\s+|over\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:and|to)\s+\d[\d,.]*)?(?:\s+(?:hundred|thousand))?\s+(?:[\wÀ-ɏ-]+\s+){0,2}?(?:soldiers|troops|fighters|militants|combatants|personnel)\s+(?:still\s+)?remained(?:\s+(?:in|inside|at)\s+[^,;.]{1,40}?)?\s+(?:at|in|by|as\s+of)\s+$`,
  'i',
);

/**
 * Whether the words before a date, a relative one's too, end an estimate of how many of a side remained (see FORCE_REMAINING_BEFORE),
 * or of a unit's strength ("its strength was estimated at no more than 3,000 by the end of the year").
 */
export function endsForceRemaining(phraseBefore: string): boolean {
  return FORCE_REMAINING_BEFORE.test(phraseBefore) || UNIT_STRENGTH_BEFORE.test(phraseBefore);
}

/**
 * "The unit's commanders said at the time that it had grown to the size of a regiment": a unit's growth told by whoever gave it
 * is its strength, as "its size was thought to have grown" is (guide: "whoever gives it"), no happening of the time of the saying.
 * Only the unit itself, or a pronoun for it, grown to a size or having one ("In an interview in 2021, Mansour said that the group had
 * about 2,500 men"); the saying may stand before the date ("said at the time that").
 */
const SAID_GROWN_AFTER =
  /^(?:(?:(?!,\s*and\b)[^.;]){0,60}?\b(?:said|stated|claimed|reported|announced|estimated|believed))?\s+that\s+(?:it|they|the\s+(?:unit|group|brigade|regiment|battalion|force|legion|militia|army))\s+(?:(?:had\s+|has\s+)?(?:grown|grew|swelled|expanded|increased)\s+to\b|(?:had|has|numbered|numbers)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|up\s+to\s+)?\d[\d,.]*(?:\s+(?:hundred|thousand))?\s+(?:men|fighters|soldiers|members|troops)\b)/i;

/**
 * "the army, which grew from about 7,000 to 12,000 men between 2022 and 2024": a force's growth from one count to another over
 * years is its strength then, a description (guide: a unit's strength and its change), no happening of those years.
 */
const GREW_FROM_TO_BEFORE =
  /\b(?:grew|rose|swelled|expanded|increased|shrank|fell)\s+from\s+(?:about\s+|around\s+|some\s+)?\d[\d,.]*\s+to\s+(?:about\s+|around\s+|some\s+|more\s+than\s+)?\d[\d,.]*\s+(?:men|troops|soldiers|fighters|personnel|servicemen)\s+(?:between|from|in)\s+$/i;

/**
 * "According to the Institute for the Study of War, Russia had by then concentrated more than 20 battalion tactical groups around the
 * city": the count of a side's units massed at a time, given by whoever estimates it, is its strength then (guide), no happening.
 */
const MASSED_AFTER =
  /^,?\s+(?:concentrated|massed|assembled|amassed)\s+(?:more\s+than\s+|about\s+|some\s+|up\s+to\s+|over\s+|at\s+least\s+)?\d[\d,]*\s+(?:battalion\s+tactical\s+groups|battalions|brigades|regiments|troops|soldiers|fighters)\b/i;
/**
 * "By early 2016 the region hosted more than 240,000 refugees", "By the end of 2022, the town of some 20,000 inhabitants was
 * estimated to host more than 60,000 displaced people": how many a place shelters at a date counts its people then, no happening.
 */
const HOSTED_AFTER =
  /^,?\s+(?:(?:[^,;.]|[,.](?=\d)){1,60}?\s)?(?:hosted|sheltered|(?:was|were)\s+(?:estimated|believed|thought|said)\s+to\s+(?:host|shelter))\s+(?:more\s+than\s+|about\s+|some\s+|over\s+|nearly\s+|at\s+least\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:refugees|displaced)\b/i;

/**
 * "By the end of the year it claimed some 600 fighters", "By 2015 it numbered several hundred men", "By 2013 the brigade had some 45
 * MiG-29s on strength": how many men or machines a unit counted, claimed or had at a time is its strength then (guide); only a
 * count of its own ("it claimed the town" is a happening, "had 20 men killed" a casualty count).
 */
const UNIT_NUMBERED_AFTER = new RegExp(
  String.raw`^,?\s+${THE_UNIT}\s+(?:claimed|numbered|counted|had)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|up\s+to\s+)?(?:\d[\d,.]*|several|a\s+few)(?:\s+(?:hundred|thousand))?\s+(?:fighters|men|soldiers|members|troops|militiamen|personnel|servicemen|aircraft|helicopters|tanks|[A-Z][\wÀ-ɏ-]*\d+s)\b(?!\s+(?:killed|wounded|captured|missing|taken))`,
  'i',
);
/**
 * "By early July, an estimated 2,000 soldiers and National Defence Forces militiamen held that line": the estimated force holding a
 * line or a place at a time is a side's strength then (guide), while what such a force did ("attacked the line") is a happening.
 */
const ESTIMATED_FORCE_HELD_AFTER =
  /^,?\s+an\s+estimated\s+\d[\d,.]*(?:\s+(?:hundred|thousand))?\s+(?:[^,;.]{0,60}?\s)?(?:soldiers|troops|fighters|militiamen|men)\s+(?:still\s+)?(?:held|defended|manned|garrisoned)\b/i;

/**
 * "In 2021 the plant employed about 2,000 people", "In 2022 it handled more than four times as much cargo as in the last year before
 * the war", "In 2019 the airport handled more than 15 million passengers": a place's workforce or throughput in a year describes
 * it, as its population figure does (guide), no happening.
 */
const WORKFORCE_OR_THROUGHPUT_AFTER =
  /^,?\s+(?:it|the\s+[\wÀ-ɏ'’-]+(?:\s+[\wÀ-ɏ'’-]+)?)\s+(?:employed\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:hundred|thousand))?\s+(?:people|workers|staff|employees|miners)\b|(?:handled|produced|exported|processed|shipped)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?(?:\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?:tonnes|tons|barrels|containers|cubic\s+metres|megawatt-hours|passengers)|[a-z]+\s+times\s+as\s+much)\b)/i;

/**
 * "Syniehubov said yesterday that no civilians remain in Lyman Pershyi", "Volunteers … told us on 27 October that …": a count of
 * people left that someone said on a day of a news post's own telling (a day it counts from itself, "yesterday", "earlier this
 * month"), or told the reporters, is that day's statement, as the Mentao and Zalizne golds read it; said on a date written out
 * ("said on 12 September 2025 that fewer than 1,500 …", "said in December that fewer than 900 residents …") it stays the place's
 * size, as the Kupiansk golds read it, and so does an estimate ("The United Nations estimated in late 2015 that …").
 */
const SAID_BEFORE = /\b(?:said|announced|confirmed|stated|told\s+[a-z]+)\s+(?:on\s+|in\s+)?$/i;
const TOLD_US_BEFORE = /\btold\s+us\s+(?:on\s+|in\s+)?$/i;
/** Whether the words right before a date say who said on it what follows (see SAID_BEFORE): `counted`, a day the post counts. */
export const saysOnDay = (near: string, counted: boolean): boolean => (counted ? SAID_BEFORE : TOLD_US_BEFORE).test(near);

/**
 * Whether the words after a date, a relative one's too ("By then, …"), estimate the strength of a side (see FORCE_STRENGTH);
 * `said`, whether the words before it tell a saying on that day (`saysOnDay`).
 */
export function estimatesForceStrength(phraseAfter: string, said = false): boolean {
  return (
    FORCE_STRENGTH_AFTER.test(phraseAfter) ||
    FORCE_SIZE_AFTER.test(phraseAfter) ||
    FORCE_REMAINING_AFTER.test(phraseAfter) ||
    tellsPeopleLeft(phraseAfter, said) ||
    HOSTED_AFTER.test(phraseAfter) ||
    SAID_GROWN_AFTER.test(phraseAfter) ||
    MASSED_AFTER.test(phraseAfter) ||
    UNIT_NUMBERED_AFTER.test(phraseAfter) ||
    UNIT_STRENGTH_AFTER.test(phraseAfter) ||
    UNIT_STRENGTH_ESTIMATED_AFTER.test(phraseAfter) ||
    WORKFORCE_OR_THROUGHPUT_AFTER.test(phraseAfter) ||
    ESTIMATED_FORCE_HELD_AFTER.test(phraseAfter)
  );
}

/** The words around a date, as `storyDate` passes them. */
interface AroundDate {
  readonly near: string;
  readonly after: string;
  readonly phraseBefore: string;
  readonly phraseAfter: string;
  /** The date is a day a news post counts from its own ("yesterday", "on Monday"), not one written out (see SAID_BEFORE). */
  readonly postDay?: boolean;
}

/** Whether a date only dates an estimate of a unit's or a side's strength, or of the residents left in a place. */
export function tellsEstimatedStrength({ near, after, phraseBefore, phraseAfter, postDay = false }: AroundDate): boolean {
  return (
    UNIT_STRENGTH_BEFORE.test(near) ||
    UNIT_STRENGTH_ESTIMATED_BEFORE.test(near) ||
    SIZE_AT_BEFORE.test(near) ||
    ESTIMATED_TO_NUMBER_BEFORE.test(near) ||
    (ESTIMATES_IN_BEFORE.test(near) && PUT_IT_AT_AFTER.test(after)) ||
    estimatesForceStrength(phraseAfter, saysOnDay(near, postDay)) ||
    FORCE_STRENGTH_BEFORE.test(phraseBefore) ||
    RESIDENTS_ESTIMATE_AFTER.test(phraseAfter) ||
    RESIDENTS_ESTIMATE_BEFORE.test(phraseBefore) ||
    FORCE_REMAINING_BEFORE.test(phraseBefore) ||
    RETURNED_BY_BEFORE.test(near) ||
    (AS_OF_BEFORE.test(near) && UNIT_MADE_OF_AFTER.test(after)) ||
    GREW_FROM_TO_BEFORE.test(near)
  );
}
