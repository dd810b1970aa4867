/**
 * Dates that only date a count of a place's people, or who they were (guide: "a population figure is not a happening, whoever
 * gives it and however it is hedged"): a census figure, its estimate, its change and its trend, an animal population's count,
 * a prison's size, how many were registered under a status. `storyDate` asks before the other descriptions (`howThingsStood`).
 */

/**
 * A population figure is a count, not a happening: "the population was estimated at 1,239,000 in 2011", "a population of 32,000 in
 * 2001", "put the village's population at about 7,500 in the summer of 2025", "was estimated at about 6,000 at the end of 2025",
 * "the population of the village reached about 1,900 in 1979", "reached its largest population, about 3,000, in 1979".
 */
const POPULATION_FIGURE =
  /\bpopulation\b,?(?:\s+[\wÀ-ɏ-]+){0,5}?\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\d[\d,.]*(?:\s+(?:million|thousand|people|inhabitants|residents))?,?\s+(?:in|as\s+of|at)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$/i;
/**
 * How many people lived or stayed in a place at a date, told as a count of its people: "Between 100,000 and 200,000 civilians
 * were estimated to live in the enclave in 2014", "Only a few thousand residents remained in the town by the end of 2024", the
 * place left unsaid when the sentence has named it ("Of the city's 70,000 people, fewer than 500 civilians remained by May 2023"),
 * and the people too ("Of the 11,000 people who lived in Svitlodarsk …, officials estimate that fewer than 3,000 remained by the summer").
 * A place's size at a date describes it, as its population figure does (guide); "Its 20,000 residents fled in March" is a happening.
 * So does a count told against the figure before it, in the progressive ("It had 35,000 inhabitants before the war, and many
 * more were living there in 2019"): how many lived there then, not a happening; so are "about 20 people were living on the island in
 * 2003", "Fewer than 1,000 of its residents were still living in the village by 2019" and "Fewer than 300 people lived in
 * Kachkarivka at the end of 2024", the place named at length too ("in the villages of the hromada south of the river"), and a
 * post's year with no preposition ("About 30 people still lived in Serebrianske last year"). A community counted by who its people
 * were is one too ("About 3,000 Jews lived in Monastyryska in 1941", "Of the roughly 3,000 Jews who had lived in Bolekhiv in 1939").
 */
const PEOPLE_LIVING_BEFORE =
  /(?:(?:\d[\d,.]*|\b(?:a\s+few|several|some))(?:\s+(?:dozen|hundred|thousand|million))?\s+(?:of\s+(?:its|their|the\s+[\wÀ-ɏ'’-]+)\s+(?:pre-war\s+)?)?(?:civilians|people|residents|inhabitants|Jews|Poles|Armenians|Greeks|Germans|Tatars|Christians|Muslims)|\b(?:fewer|less|more)\s+than\s+\d[\d,.]*(?=\s+(?:still\s+)?remained\b)|\b(?:many|far|even)\s+more(?:\s+(?:civilians|people|residents|inhabitants))?)\s+(?:(?:were|was)\s+(?:estimated|believed|thought|said)\s+to\s+(?:live|remain)|(?:(?:who|that)\s+(?:had\s+)?)?(?:still\s+)?(?:remained|lived)|(?:were|was|are|is)\s+(?:still\s+)?living)(?:\s+(?:there|(?:in|on)\b[^,;.]{0,80}?))?\s(?:(?:in|by|as\s+of|at)\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?)?$/i;
/**
 * "The city's population fell sharply during the war, and by 2019 the LPR authorities put it at about 28,000": the population
 * named before the date, its figure after it with a pronoun for it, whoever estimated it.
 */
const POPULATION_NAMED = /\bpopulation\b/i;
const PUT_IT_AT_AFTER =
  /^,?\s+(?:[\wÀ-ɏ'’-]+\s+){0,4}?(?:put|estimated|gave|placed|counted)\s+it\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|under\s+|(?:more|fewer|less)\s+than\s+)?\d/i;
/**
 * The words of the date's own clause: a relative clause after it ("…, leaving the prison, which held about 4,000 inmates") describes
 * another thing, and a "when" clause the time of a happening told before the date ("Khobi was granted the status of a town in 1984,
 * when it had about 6,000 inhabitants").
 */
const OWN_CLAUSE = String.raw`(?:(?!,\s*(?:which|who|where|when)\b)[^.;])`;
/**
 * The figure told after its date: "By the middle of 2025 the council estimated that the population had exceeded 200,000",
 * "By 2011 the city was estimated to have close to 120,000 inhabitants", "by 2020 the local authorities put its population at more
 * than 60,000", "A survey by the municipality in 2025 put the population at about 9,000", "By 1765 the community numbered
 * 1,051 people". An estimate of a place's size describes it, as a census does; read
 * in the date's own clause ("was granted the status of a town in 1960, when its population passed 10,000" is no figure of 1960).
 */
const FIGURE_HEDGE = String.raw`(?:about\s+|around\s+|some\s+|close\s+to\s+|nearly\s+|more\s+than\s+|over\s+|only\s+|fewer\s+than\s+|less\s+than\s+|under\s+)?`;
const POPULATION_AFTER = new RegExp(
  String.raw`^${OWN_CLAUSE}{0,60}?\b(?:community\s+numbered|population(?:\s+of\s+[^,;.]{1,40}?)?\s+(?:had\s+|has\s+)?(?:was|stood\s+at|reached|exceeded|numbered|passed|topped)(?:\s+(?:estimated|put|given|recorded)\s+at)?|(?:put|estimated|gave|placed)\s+(?:its|the(?:\s+(?:town's|city's|village's))?)\s+population\s+at|estimated\s+to\s+(?:have|number)|(?:had|has)\s+an?\s+(?:(?:estimated|total|official|approximate|registered|recorded)\s+)?population\s+of)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+(?:people|inhabitants|residents))?\b`,
  'i',
);
/**
 * "Before the war the town had about 2,500 permanent inhabitants, and many more in the summer": a second count of the same
 * people, told by how it compares with the first, is the place's size at another time, as a second population figure is
 * (guide), no happening of that season.
 */
const MORE_INHABITANTS_IN = new RegExp(
  String.raw`\b(?:had|has)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:hundred|thousand|million))?\s+(?:[a-z]+\s+)?(?:inhabitants|residents)\b,?\s+and\s+(?:many|far|several\s+times\s+as)\s+(?:more|fewer|many)\s+(?:(?:in|during)\s+)?(?:the\s+)?$`,
  'i',
);
/**
 * "It had about 7,100 inhabitants in 1989": the same count with its date after it; and in a place's description, "Gagra, a resort
 * town of about 26,000 inhabitants in 1989, lies …"; and as a register or a calendar recorded it ("the Caucasian Calendar recorded
 * 412 inhabitants there in 1886"), or as it was estimated to have them ("estimated to have about 24,000 inhabitants in 2023").
 */
const HAD_INHABITANTS_IN = new RegExp(
  String.raw`\b(?:had|has|have|of|recorded|counted|registered|listed)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:hundred|thousand|million))?\s+(?:inhabitants|residents)(?:\s+there|\s+in\s+the\s+(?:village|town|city|district))?\s+(?:in|as\s+of|by)\s+$`,
  'i',
);
/**
 * "In 1797 the village had 914 inhabitants": the place's size told as what it had, a count like its population figure; so are its
 * households ("In 1803 it had 46 households"), and what a register records it with ("In the family lists … compiled in 1886,
 * Tsakuri is recorded with 58 households").
 */
const HAD_INHABITANTS_AFTER = new RegExp(
  String.raw`^${OWN_CLAUSE}{0,60}?\b(?:had|has|(?:is|was)\s+recorded\s+with)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:inhabitants|residents|households)\b`,
  'i',
);
/**
 * "In 2020 the prison held between 3,500 and 5,000 inmates", "By 2019 it housed some 2,000 detainees": a prison's size told as
 * the people it held, a count like a place's population figure (guide), no happening; a figure or a range of two, hedged or not.
 */
const HELD_INMATES_AFTER = new RegExp(
  String.raw`^${OWN_CLAUSE}{0,60}?\b(?:had|has|held|holds|housed|houses)\s+(?:between\s+)?${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:and|to)\s+\d[\d,.]*)?(?:\s+(?:hundred|thousand))?\s+(?:[a-z]+\s+)?(?:inmates|prisoners|detainees)\b`,
  'i',
);
/**
 * "The population grew during the early years of the war with the arrival of displaced people, and was estimated at about
 * 300,000 in 2013": the same estimate as "the population was estimated at … in", its subject further back in the sentence.
 */
const POPULATION_ESTIMATED_LATER =
  /\bpopulation\b[^.;]{0,120}?\s(?:was|had\s+been)\s+estimated\s+at\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+)?\d[\d,.]*(?:\s+(?:million|thousand|people|inhabitants|residents))?\s+(?:in|as\s+of|by)\s+$/i;
/**
 * "Its population grew with displaced people, and by 2020 it was estimated at over 150,000": the same estimate with a pronoun
 * for the population named earlier in the sentence, the figure after the date. Only "it" estimated at a figure.
 */
const POPULATION_NAMED_BEFORE = /\bpopulation\b[^.;]{0,120}?\s(?:in|by|as\s+of)\s+$/i;
const PRONOUN_ESTIMATED_AFTER = new RegExp(String.raw`^,?\s+it\s+(?:was|had\s+been|stood)\s+(?:(?:estimated|put)\s+)?at\s+${FIGURE_HEDGE}\d`, 'i');
/**
 * "The population fell steadily after 1991", "its population, about 11,000 in 1959, had more than doubled by 1979": how a place's
 * size went from a date, with no figure, describes the place as its figures do (guide); "Its population of 20,000 fled in March"
 * is a happening of its people, no change of a count.
 */
const POPULATION_TREND =
  /\bpopulation(?:,\s(?:[^,;.]|,(?=\d)){1,40}?,)?\s+(?:(?:has|had)\s+)?(?:[a-z]+ly\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:grew|grown|fell|fallen|declined|rose|risen|increased|decreased|dropped|shrank|shrunk|doubled|tripled|halved)\s+(?:[a-z]+ly\s+)?(?:after|since|from|in|by|during)\s+$/i;
/**
 * The same trend told after the "by" of its date: "by 2015 its population had swollen with hundreds of thousands of displaced
 * people"; a date naming the happening that changed it ("After the exodus of September 2023 its population fell") is that happening's.
 */
const BY_BEFORE = /\bby\s+$/i;
const POPULATION_TREND_AFTER =
  /^,?\s+(?:the|its|their)\s+(?:[\wÀ-ɏ'’-]+\s+){0,2}?population\s+(?:(?:has|had)\s+)?(?:[a-z]+ly\s+)?(?:grew|grown|swelled|swollen|doubled|tripled|fell|fallen|declined|rose|risen|increased|decreased|dropped|shrank|shrunk|halved)\b/i;

/**
 * "the population fell from about 2.9 million in 1989 to 2.2 million in 2014": the figure a change reached is a figure too,
 * and so is the one it started from, also after a clause of its trend ("has fallen steadily since the early 1990s, from about
 * 5.3 million in 1989 to an estimated 4.1 million in 2022"), and a mark it passed ("where the population of the camp rose above
 * 70,000 by the end of March"), and a share of it ("The Armenian share of the population fell from about 11 per cent in 1926 to
 * under 2 per cent by 1979": what its people were made of). Read over a phrase's length before the date.
 */
const POPULATION_CHANGED =
  /\bpopulation\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:from|to|above|over|below|past)\s+(?:an?\s+estimated\s+|about\s+|around\s+|some\s+|under\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:million|thousand|people|inhabitants|residents)|\s*(?:per\s*cent|percent|%))?\s+(?:in|by)\s+(?:the\s+)?$/i;
/**
 * "The number of passengers rose from about 9,000 in 2016 to 68,000 in 2019", "The number of doctors fell from 54 in 2014 to 29
 * last year": a count of anything told as going from one figure to another describes the thing, as a population's does (guide).
 */
const COUNT_CHANGED =
  /\b(?:number|count|share|total)\s+of\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:from|to)\s+(?:about\s+|around\s+|some\s+|under\s+|nearly\s+|over\s+|more\s+than\s+|fewer\s+than\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:(?:in|by)\s+(?:the\s+)?)?$/i;
/** Whether the words before a date ("… fell from 54 in 2014 to 29 ", then "last year") tell a count going from one figure to another. */
export const countChangesBefore = (phrase: string): boolean => COUNT_CHANGED.test(phrase);
/**
 * "the last herd of giraffes, which had fallen to 49 animals in 1996 and numbered more than 600 by 2019": the count of an
 * animal population and its change describe the place, as a census does (guide). Only a herd, flock or colony counted, so a
 * death toll that "rose to 68 by the evening" stays a happening's count. Read over a phrase's length before the date.
 */
const ANIMAL_COUNT = new RegExp(
  String.raw`\b(?:herds?|flocks?|colony|colonies)\b[^.;]{0,100}?\b(?:fallen|fell|dropped|declined|shrunk|shrank|risen|rose|grown|grew|increased|recovered|numbered)\s+(?:to\s+)?${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:animals|individuals|head))?\s+(?:in|by|as\s+of)\s+$`,
  'i',
);

/** "its population was 2,900, and in 2015 about 3,000": a second figure of the same count, its noun and verb left unsaid. */
const SECOND_FIGURE_BEFORE = /\bpopulation\b[^.;]{0,40}?\d[\d,.]*[^.;]{0,20}?\b(?:and|while|but)\s+(?:in|by|as\s+of)\s+$/i;
/**
 * "Its population was 118 in 2005 and 96 in 2015", "The village had 1,043 inhabitants in the 1970 census and 588 in 1989": the second
 * figure before its own date.
 */
const SECOND_FIGURE_DATED_BEFORE =
  /\b(?:population\b[^.;]{0,40}?\d[\d,.]*|\d[\d,.]*\s+(?:inhabitants|residents))\s+in\s+(?:the\s+\d{4}\s+census|\d{4})\s*,?\s+(?:and|while|but)\s+(?:about\s+|some\s+|only\s+)?\d[\d,.]*\s+in\s+$/i;
const SECOND_FIGURE_AFTER = new RegExp(String.raw`^\s*,?\s*${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:million|thousand))?\s*(?:[.;]|$)`, 'i');
/**
 * "As of 2025 the village had no permanent population", "Since September 2023 the village has had no Armenian inhabitants": a place
 * told to have none of its people is its size at that date, no happening (none of the gold set's seven such sentences is an event).
 */
const HAD_NO_INHABITANTS_AFTER = new RegExp(
  String.raw`^${OWN_CLAUSE}{0,60}?\b(?:had|has)\s+(?:had\s+)?no\s+(?:(?:permanent|civilian|[A-Z][a-z]+)\s+)?(?:population|inhabitants|residents)\b`,
);
/**
 * "As of 2020, … the town was inhabited mainly by Arabs and Turkmen", "As of 2024, the population consisted almost entirely of
 * Azerbaijanis": who a place's people were at a date describes the place,
 * as its population figure does (guide). Only after "as of", the day things stood: "captured the town, inhabited by Kurds, on 3 May" tells a capture.
 */
export const AS_OF_BEFORE = /\bas\s+of\s+$/i;
const INHABITED_AFTER =
  /^[^.;]{0,120}?\b(?:(?:was|were|is|are|remained)\s+(?:still\s+|now\s+)?(?:inhabited|populated)\s+(?:(?:mainly|mostly|largely|chiefly|predominantly|overwhelmingly)\s+)?by|population\s+(?:consisted|consists|was\s+made\s+up|was\s+composed)\s+(?:[a-z]+\s+){0,2}?of)\b/i;
/**
 * "As of 2019, some 600,000 people were registered as internally displaced from the region": how many of a place's people stood
 * in a register under a status at a date describes them, as its population figure does (guide), no happening; "had registered
 * 6,500 arrivals by Monday" counts a happening, told active with a subject of its own.
 */
const REGISTERED_AS_AFTER =
  /^,?\s+(?:(?:about|around|some|over|nearly|more\s+than|fewer\s+than|almost)\s+)?\d[\d,.]*(?:\s+(?:hundred|thousand|million))?\s+(?:people|persons|residents|inhabitants|former\s+residents)\s+(?:were|was)\s+(?:still\s+)?registered\s+as\b/i;

/**
 * "Very few of Jobar's residents had returned by 2020", "fewer than 250 had returned by 2018", "many of those who fled … had not
 * returned by 2024": how many of a place's people had come back by a date counts who lives there then (guide), no happening.
 * Only a count or a quantifier as the subject: "The army had returned by March" is a happening's state.
 */
const PEOPLE_RETURNED_BY =
  /\b(?:few|none|most|many|half|some|only|(?:fewer|more|less)\s+than\s+\d[\d,]*|about\s+\d[\d,]*|\d[\d,]*)\b(?:\s+of\s+[^,;.]{1,60}?)?\s+(?:had|have|has)\s+(?:not\s+)?(?:yet\s+)?returned\s+(?:by|as\s+of)\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?$/i;

/**
 * "In the Ottoman tax registers of 1596, the village appeared as …", "Kafr Batikh is recorded in an Ottoman tax register of 1536":
 * the place's entry in that year's register, as "In 1596 Namer appeared in the Ottoman tax registers" is, is the year's event;
 * only a register that counts ("An Ottoman tax register of 1536 lists it as a village of 64 households") gives a figure.
 */
const ENTERED = String.raw`\b(?:appears|appeared|(?:is|was)\s+recorded)`;
const ENTERED_IN_REGISTER = new RegExp(String.raw`${ENTERED}\b`);
const ENTERED_IN_REGISTER_OF = new RegExp(String.raw`${ENTERED}\s+in\s+(?:the|an?)\s+(?:[\wÀ-ɏ'’-]+\s+){0,2}?(?:registers?|defters?)\s+of\s+$`, 'i');
/** Whether the words before a date enter a place in the register of that year ("appears in the Ottoman tax registers of 1536"). */
export const entersRegisterOf = (near: string): boolean => ENTERED_IN_REGISTER_OF.test(near);
const REGISTER_OF_BEFORE = /\b(?:an?|the)\s+(?:[\wÀ-ɏ'’-]+\s+){0,2}?(?:registers?|defters?|census|cadastre)\s+of\s+$/i;

/** The words next to a date, as `storyDate` passes them. */
export interface WordsNearDate {
  near: string;
  phraseBefore: string;
  after: string;
  phraseAfter: string;
}

/** Whether the words before a relative date ("had fewer than 1,000 inhabitants by the end of the year") count a place's people. */
export const countsInhabitants = (near: string): boolean => HAD_INHABITANTS_IN.test(near);
/**
 * "By the end of the year the hromada administration counted about 80 people still living in the village", "In 2010 the ministry
 * counted some 6,400 displaced people living in 19 collective centres": the same count of those left, or living there, told as who
 * counted them, describes the place as the figure told with "population" does, displaced or not; "counted some 6,400 displaced
 * people" alone stays the count of a happening.
 */
const COUNTED_PEOPLE_AFTER = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:counted|registered|recorded)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:hundred|thousand))?\s+(?:[\wÀ-ɏ-]+\s+)?(?:people|inhabitants|residents|civilians|families)\s+(?:still\s+)?(?:living|left|remaining)\b`,
  'i',
);
/** Whether the words after a relative date ("by the end of the year its population was estimated at about 30,000") give a place's figure. */
export const figuresPopulationAfter = (after: string): boolean => POPULATION_AFTER.test(after) || COUNTED_PEOPLE_AFTER.test(after);

/** Whether the words around a date make it the date of a count of a place's people, or of who they were. */
export function tellsPopulationFigure({ near, phraseBefore, after, phraseAfter }: WordsNearDate): boolean {
  return (
    POPULATION_FIGURE.test(near) ||
    POPULATION_ESTIMATED_LATER.test(phraseBefore) ||
    (POPULATION_NAMED_BEFORE.test(phraseBefore) && PRONOUN_ESTIMATED_AFTER.test(after)) ||
    POPULATION_TREND.test(near) ||
    (BY_BEFORE.test(near) && POPULATION_TREND_AFTER.test(after)) ||
    POPULATION_CHANGED.test(phraseBefore) ||
    COUNT_CHANGED.test(phraseBefore) ||
    ANIMAL_COUNT.test(phraseBefore) ||
    POPULATION_AFTER.test(after) ||
    (POPULATION_NAMED.test(phraseBefore) && PUT_IT_AT_AFTER.test(after)) ||
    HAD_INHABITANTS_AFTER.test(after) ||
    HAD_NO_INHABITANTS_AFTER.test(after) ||
    (REGISTER_OF_BEFORE.test(near) && !ENTERED_IN_REGISTER.test(near) && !ENTERED_IN_REGISTER.test(phraseAfter)) ||
    HAD_INHABITANTS_IN.test(near) ||
    HELD_INMATES_AFTER.test(after) ||
    MORE_INHABITANTS_IN.test(phraseBefore) ||
    (SECOND_FIGURE_BEFORE.test(near) && SECOND_FIGURE_AFTER.test(after)) ||
    SECOND_FIGURE_DATED_BEFORE.test(near) ||
    PEOPLE_LIVING_BEFORE.test(phraseBefore) ||
    COUNTED_PEOPLE_AFTER.test(phraseAfter) ||
    PEOPLE_RETURNED_BY.test(near) ||
    (AS_OF_BEFORE.test(near) && (INHABITED_AFTER.test(phraseAfter) || REGISTERED_AS_AFTER.test(phraseAfter)))
  );
}
