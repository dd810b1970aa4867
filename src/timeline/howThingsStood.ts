/**
 * Dates that tell how things stood, not a happening (guide: descriptions, comparisons, durations): a population figure
 * and how many people lived in a place, who they were "as of" a date, what a copula says its subject was made of, the
 * thing a sentence compares another with, the state a return is measured against, the start a duration is counted from,
 * the day something still had not happened; estimates of a force's strength and of the people left are in strengthEstimates.ts,
 * which `storyDate` asks first (their dates still anchor what follows). Every pattern
 * reads only the words next to the date.
 */

/**
 * The date of a thing a sentence compares another with names that thing, it tells no happening:
 * "compared the assault with the failed attack on the town in February", "drew parallels between
 * the conflict and the annexation of Crimea in 2014"), or an example of it after ", such as" ("compared the
 * battle with earlier defeats, such as the loss of Kidal in 2014"). Otherwise comma-free, so it reads one phrase only.
 */
const COMPARED_WITH =
  /\b(?:compared|compares|comparing|likened|likens|likening|contrasted|parallels?)\b[^,;.]*\b(?:with|to|between)\s[^,;.]*(?:,\s*(?:such as|including|like)\s[^,;.]*)?$/i;
/**
 * A likeness drawn the other way, the earlier things as the object of a verb of resembling ("the attack matched the pattern
 * of the group's raids on army camps in 2019 and 2020", "the assault resembled the attack on the base in 2019", "the country is
 * following the path that Belarus took after 2020"): their date
 * names them, as a compared thing's does, and tells no happening. Comma-free, with an optional ", such as" example.
 */
const RESEMBLED =
  /\b(?:resembled|resembles|mirrored|mirrors|(?:matched|matches|followed|follows|fitted|fits)\s+the\s+pattern\s+of|(?:is|are|was|were)\s+following\s+the\s+(?:path|road|example|model)\s)\s*[^,;.]*(?:,\s*(?:such as|including|like)\s[^,;.]*)?$/i;
/**
 * The other side of a comparative's "than" ("received far less attention than the first, in March 2016", "the fighting was
 * heavier than in 2016", "lost more men than it had in May"): that date names the thing compared with, a comparison's date
 * (guide), not the sentence's. Only "than" followed by what is compared, never a figure ("more than 300 were killed in").
 */
const COMPARED_THAN =
  /\bthan\s+(?:(?:the|its|their)\s+(?:first|second|last|previous|earlier|one|ones)(?:\s+[a-z]+)?,?\s+|(?:it|they|he|she|we)\s+(?:did|had|was|were)\s+)?(?:in|on|of|during)\s+(?:the\s+)?$/i;
/**
 * "the front line had returned to where it stood before August 2016", "back to the lines of 2012": the date of the former
 * state a return is measured against, a comparison's date (guide), not the return's.
 */
const RETURNED_TO =
  /\b(?:returned|reverted|restored|back)\s+to\s+(?:where|what|how|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:lines?|positions?|state|situation|borders?|status))\b[^,;.]{0,40}?\s(?:before|in|of|on)\s+$/i;
/**
 * "The vote was the first under the charter that the president signed in March": a main clause that only ranks its subject, with
 * a copula and no happening, and a clause with a subject of its own describing the thing it is ranked by (guide: background, not
 * an event). Opening the sentence, comma-free; "The vote was held under the charter that …" tells a happening.
 */
const RANKED_BY_CLAUSE =
  /^[^,;.]{0,60}?\s(?:was|is|were|are)\s+the\s+(?:first|last|only|second|third|fourth|fifth)\b[^,;.]{0,80}?\s(?:that|which)\s+(?!(?:was|were|had|has|have|is|are)\b)[^,;.]{1,50}?\s[a-z]{3,}ed\s+(?:in|on)\s+$/i;
const RANKED_BY_REACH = 220;

/** "The defence, counting from 26 May 2014, had lasted 242 days": the start a duration is counted from, no happening (guide: durations). */
const COUNTED_FROM = /\b(?:counting|counted|reckoned|measured)\s+from\s+$/i;
/**
 * "analysts, who assessed that the front line had moved only a few hundred metres since March": a distance measured since a
 * date is a measure, as a duration is (guide), no happening of that date. Bounded to the clause.
 */
const DISTANCE_SINCE =
  /\b(?:moved|advanced|gained|shifted|retreated|progressed|pushed)\b[^,;.]{0,40}?\b(?:metres|meters|kilometres|kilometers|km|miles|yards)\s+since\s+$/i;
/**
 * "Dori was already overcrowded before this week": what a place or thing already was before a date describes how it stood up to
 * it, as "Before 2023 it was the largest city of the region" does (guide), no happening of that date. A copula with "already",
 * bounded to a few words of its clause; "had already left before" tells a happening.
 */
const ALREADY_BEFORE = /\b(?:was|were|is|are)\s+already\s+(?:[\w'-]+\s+){1,4}?before\s+$/i;
/**
 * "Bosra … was the province's capital from 106 AD": what a place was from a date on, with no end, describes it (guide: "what it
 * has been from a date on"), while a status held between two dates ("was the capital of the Ukrainian SSR from 1919 to 1934") is
 * a range (`ranged`). Only a seat of government.
 */
const SEAT_FROM_BEFORE = /\b(?:was|were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:capital|administrative\s+centre|seat)\b[^,;.]{0,60}?\sfrom\s+$/i;
/** "had not been confirmed by the army as of 14 September": the day something still had not happened, not a happening. */
const NEGATED_AS_OF = /\b(?:not|never|no longer)\b[^,;.]*\bas of\s+$/i;
/** A population figure is a count, not a happening: "the population was estimated at 1,239,000 in 2011", "a population of 32,000 in 2001". */
const POPULATION_FIGURE =
  /\bpopulation\b(?:\s+[\w-]+){0,3}?\s+(?:about\s+|around\s+|some\s+)?\d[\d,.]*(?:\s+(?:million|thousand|people|inhabitants|residents))?\s+(?:in|as\s+of)\s+$/i;
/**
 * How many people lived or stayed in a place at a date, told as a count of its people: "Between 100,000 and 200,000 civilians
 * were estimated to live in the enclave in 2014", "Only a few thousand residents remained in the town by the end of 2024", the
 * place left unsaid when the sentence has named it ("Of the city's 70,000 people, fewer than 500 civilians remained by May 2023").
 * A place's size at a date describes it, as its population figure does (guide); "Its 20,000 residents fled in March" is a happening.
 * So does a count told against the figure before it, in the progressive ("It had 35,000 inhabitants before the war, and many
 * more were living there in 2019"): how many lived there then, not a happening.
 */
const PEOPLE_LIVING_BEFORE =
  /(?:(?:\d[\d,.]*|\b(?:a\s+few|several|some))(?:\s+(?:hundred|thousand|million))?\s+(?:civilians|people|residents|inhabitants)|\b(?:many|far|even)\s+more(?:\s+(?:civilians|people|residents|inhabitants))?)\s+(?:(?:were|was)\s+(?:estimated|believed|thought|said)\s+to\s+(?:live|remain)|(?:still\s+)?(?:remained|lived)|(?:were|was|are|is)\s+(?:still\s+)?living)(?:\s+(?:there|in\b[^,;.]{0,40}?))?\s(?:in|by|as\s+of)\s+(?:the\s+end\s+of\s+)?$/i;
/**
 * "The city's population fell sharply during the war, and by 2019 the LPR authorities put it at about 28,000": the population
 * named before the date, its figure after it with a pronoun for it, whoever estimated it.
 */
const POPULATION_NAMED = /\bpopulation\b/i;
const PUT_IT_AT_AFTER =
  /^,?\s+(?:[\w'’-]+\s+){0,4}?(?:put|estimated|gave|placed|counted)\s+it\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|under\s+|(?:more|fewer|less)\s+than\s+)?\d/i;
/**
 * The figure told after its date: "By the middle of 2025 the council estimated that the population had exceeded 200,000",
 * "By 2011 the city was estimated to have close to 120,000 inhabitants", "by 2020 the local authorities put its population at more
 * than 60,000". An estimate of a place's size describes it, as a census does.
 */
const FIGURE_HEDGE = String.raw`(?:about\s+|around\s+|some\s+|close\s+to\s+|nearly\s+|more\s+than\s+|over\s+|only\s+|fewer\s+than\s+|less\s+than\s+|under\s+)?`;
const POPULATION_AFTER = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:population(?:\s+of\s+[^,;.]{1,40}?)?\s+(?:had\s+|has\s+)?(?:was|stood\s+at|reached|exceeded|numbered|passed|topped)(?:\s+(?:estimated|put|given|recorded)\s+at)?|(?:put|estimated|gave|placed)\s+(?:its|the\s+(?:town's|city's|village's))\s+population\s+at|estimated\s+to\s+(?:have|number)|(?:had|has)\s+an?\s+(?:(?:estimated|total|official|approximate|registered|recorded)\s+)?population\s+of)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+(?:people|inhabitants|residents))?\b`,
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
/** "It had about 7,100 inhabitants in 1989": the same count with its date after it. */
const HAD_INHABITANTS_IN = new RegExp(
  String.raw`\b(?:had|has)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:hundred|thousand|million))?\s+(?:inhabitants|residents)\s+(?:in|as\s+of|by)\s+$`,
  'i',
);
/** The words of the date's own clause: a relative clause after it ("…, leaving the prison, which held about 4,000 inmates") describes another thing. */
const OWN_CLAUSE = String.raw`(?:(?!,\s*(?:which|who|where)\b)[^.;])`;
/** "In 1797 the village had 914 inhabitants": the place's size told as what it had, a count like its population figure. */
const HAD_INHABITANTS_AFTER = new RegExp(
  String.raw`^${OWN_CLAUSE}{0,60}?\b(?:had|has)\s+${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:inhabitants|residents)\b`,
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
 * "The population fell steadily after 1991": how a place's size went from a date, with no figure, describes the place as its
 * figures do (guide); "Its population of 20,000 fled in March" is a happening of its people, no change of a count.
 */
const POPULATION_TREND =
  /\bpopulation\s+(?:(?:has|had)\s+)?(?:[a-z]+ly\s+)?(?:grew|grown|fell|fallen|declined|rose|risen|increased|decreased|dropped|shrank|shrunk)\s+(?:[a-z]+ly\s+)?(?:after|since|from|in|by|during)\s+$/i;
/**
 * The same trend told after the "by" of its date: "by 2015 its population had swollen with hundreds of thousands of displaced
 * people"; a date naming the happening that changed it ("After the exodus of September 2023 its population fell") is that happening's.
 */
const BY_BEFORE = /\bby\s+$/i;
const POPULATION_TREND_AFTER =
  /^,?\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?population\s+(?:(?:has|had)\s+)?(?:[a-z]+ly\s+)?(?:grew|grown|swelled|swollen|doubled|tripled|fell|fallen|declined|rose|risen|increased|decreased|dropped|shrank|shrunk|halved)\b/i;
/**
 * "Since 2020 the economy of the city has depended on reconstruction and tourism": what a place's livelihood has rested on
 * from a date on, told in an opening "Since", describes it (guide), unlike a happening begun then ("Since November 2011,
 * Al-Qusayr has been besieged"), and so does what it has been home to ("Since 2014, Dilijan has been home to a branch of the
 * Central Bank", as "Before 2023 the city was home to the museum" is), unless a foreign force's base or troops (guide). Only a
 * verb of depending or "home to", with a few words of subject; bounded. (A copula is left alone: the
 * Zaporizhzhia gold reads "Since 1996, the plant has been a separate division" as its reorganisation.)
 */
const OPENING_SINCE_BEFORE = /^\s*Since\s+$/;
const DESCRIBED_SINCE_AFTER =
  /^,?\s+(?:(?:the|its|their)\s+(?:[\w'-]+\s+){0,5}?(?:has|have)\s+(?:depended|relied|rested)\s+(?:largely\s+|mainly\s+|mostly\s+)?on\b|(?:(?:the|its|their)\s+)?(?:[\w'-]+\s+){0,4}?(?:has|have)\s+been\s+home\s+to\b(?![^,;.]*\b(?:base|bases|troops|forces|garrison|contingent)\b))/;
/**
 * "the population fell from about 2.9 million in 1989 to 2.2 million in 2014": the figure a change reached is a figure too,
 * and so is the one it started from, also after a clause of its trend ("has fallen steadily since the early 1990s, from about
 * 5.3 million in 1989 to an estimated 4.1 million in 2022"), and a mark it passed ("where the population of the camp rose above
 * 70,000 by the end of March"). Read over a phrase's length before the date.
 */
const POPULATION_CHANGED =
  /\bpopulation\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:from|to|above|over|below|past)\s+(?:an?\s+estimated\s+|about\s+|around\s+|some\s+)?\d[\d,.]*(?:\s+(?:million|thousand|people|inhabitants|residents))?\s+(?:in|by)\s+(?:the\s+)?$/i;
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
const SECOND_FIGURE_AFTER = new RegExp(String.raw`^\s*,?\s*${FIGURE_HEDGE}\d[\d,.]*(?:\s+(?:million|thousand))?\s*(?:[.;]|$)`, 'i');
/**
 * "As of 2020, … the town was inhabited mainly by Arabs and Turkmen", "As of 2024, the population consisted almost entirely of
 * Azerbaijanis": who a place's people were at a date describes the place,
 * as its population figure does (guide). Only after "as of", the day things stood: "captured the town, inhabited by Kurds, on 3 May" tells a capture.
 */
const AS_OF_BEFORE = /\bas\s+of\s+$/i;
const INHABITED_AFTER =
  /^[^.;]{0,120}?\b(?:(?:was|were|is|are|remained)\s+(?:still\s+|now\s+)?(?:inhabited|populated)\s+(?:(?:mainly|mostly|largely|chiefly|predominantly|overwhelmingly)\s+)?by|population\s+(?:consisted|consists|was\s+made\s+up|was\s+composed)\s+(?:[a-z]+\s+){0,2}?of)\b/i;
/**
 * "As of 2019, some 600,000 people were registered as internally displaced from the region": how many of a place's people stood
 * in a register under a status at a date describes them, as its population figure does (guide), no happening; "had registered
 * 6,500 arrivals by Monday" counts a happening, told active with a subject of its own.
 */
const REGISTERED_AS_AFTER =
  /^,?\s+(?:(?:about|around|some|over|nearly|more\s+than|fewer\s+than|almost)\s+)?\d[\d,.]*(?:\s+(?:hundred|thousand|million))?\s+(?:people|persons|residents|inhabitants|former\s+residents)\s+(?:were|was)\s+(?:still\s+)?registered\s+as\b/i;
/** A past participle, regular or one of the common irregular ones: a happening told in the passive. */
const PARTICIPLE_WORD = String.raw`(?:[\w-]+ed|held|taken|retaken|seen|run|overrun|led|built|kept|lost|won|shot|hit|struck|driven|fought|left)\b`;
/**
 * "Its recruits were mostly former soldiers and, from 2022, convicts": a date set between commas before the last noun of what
 * a copula says its subject was qualifies that noun; what the subject was made of describes it (guide), no happening. No
 * participle on either side: "was shelled and, from 2013, besieged" tells happenings.
 */
const COPULA_LIST_BEFORE = new RegExp(
  String.raw`\b(?:was|were|is|are)\s+(?!${PARTICIPLE_WORD})[^,;.]{1,60}?\s+(?:and|or),\s*(?:from|since|after|by|until)\s+$`,
  'i',
);
const COPULA_LIST_AFTER = new RegExp(String.raw`^,\s*(?:(?!${PARTICIPLE_WORD})[\w'-]+\s+){0,3}(?!${PARTICIPLE_WORD})[\w'-]+\s*(?:[,;.]|$)`);

/**
 * "the road to Bakhmut, which by June was the only road left into the city": a "which" clause telling with a copula how its
 * thing stood by a date describes the thing, no happening. A participle after the copula tells one ("which by June was taken").
 */
const STATE_CLAUSE_BEFORE = /,\s*which\s+(?:by|in|since|until|as\s+of)\s+$/i;
const STATE_CLAUSE_AFTER =
  /^,?\s+(?:was|were|remained|had\s+been)\s+(?!(?:[a-z]+ed|taken|held|retaken|overrun|lost|won|shot|hit|struck|driven|fought|left|seen|built)\b)(?:the|a|an|still|no\s+longer|already|only|largely|mostly|almost|under|in)\b/i;

/**
 * "Many buildings were still in ruins in 2023": how things still stood at a date, with a copula and no participle of a
 * happening after "still" ("was still held by rebels" tells who held it), describes them, as "by June was the only road" does; so
 * does a thing "still in operation in 2024", its copula elided ("the last large plant of the company still in operation in 2024").
 */
const STILL_STATE_BEFORE =
  /\bstill\s+in\s+(?:operation|service|use|force|place|ruins|office|power)\s+(?:in|by|as\s+of)\s+$|\b(?:was|were)\s+still\s+(?!(?:[a-z]+ed|taken|held|retaken|overrun|lost|won|shot|hit|struck|driven|fought|left|seen|built)\b)(?:in\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:in|by|as\s+of)\s+$/i;

/**
 * "The group is responsible for some of the deadliest attacks of the conflict, including the Tongo Tongo ambush in 2017, …": what
 * the subject is held responsible for, told in the present, describes the subject; the dates of its examples name them, as the
 * date of what a report is on names that (guide), and the sentence tells no happening. Anchored at the sentence's start; a second
 * main clause with a subject of its own (", and it attacked … in 2019") is no part of it.
 */
const RESPONSIBLE_FOR_REACH = 320;
const RESPONSIBLE_FOR_BEFORE =
  /^(?:The|This|That|It|Its|Their|These|Those)\b[^,;.]{0,60}?\s(?:is|are)\s+(?:(?:also|thought\s+to\s+be|believed\s+to\s+be|held)\s+)?responsible\s+for\s(?:(?!,\s+(?:and|but)\s+(?:it|they|he|she)\s)[^.;]){1,250}$/;

/**
 * "The fields produced about 40,000 barrels a day earlier this year": an output measured as a rate is how the thing ran then, a
 * habit with no one day (GUIDE.md: a habit, a measure), not a happening of that date.
 */
const RATE_BEFORE =
  /\b(?:produced|pumped|exported|generated|carried|handled|shipped|refined)\s+(?:(?:about|around|some|up\s+to|nearly|over|more\s+than|less\s+than)\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:[a-z]+\s+){1,2}(?:a|per)\s+(?:day|week|month|year)\s+(?:in\s+|during\s+)?$/i;

/**
 * The words next to a date: `near` and `after` the closest, `phraseBefore` and `phraseAfter` a phrase's length, `sentenceBefore`
 * all before it; `ranged` when the date is a range ("from 1919 to 1934").
 */
export interface WordsAroundDate {
  near: string;
  phraseBefore: string;
  sentenceBefore: string;
  after: string;
  phraseAfter: string;
  ranged?: boolean;
}

/** Whether the words before a relative date ("had fewer than 1,000 inhabitants by the end of the year") count a place's people. */
export const countsInhabitants = (near: string): boolean => HAD_INHABITANTS_IN.test(near);

/** Whether the words around a date make it a description of how things stood, which dates no sentence (a strength estimate aside). */
export function tellsHowThingsStood({ near, phraseBefore, sentenceBefore, after, phraseAfter, ranged = false }: WordsAroundDate): boolean {
  return (
    (sentenceBefore.length <= RESPONSIBLE_FOR_REACH && RESPONSIBLE_FOR_BEFORE.test(sentenceBefore)) ||
    (sentenceBefore.length <= RANKED_BY_REACH && RANKED_BY_CLAUSE.test(sentenceBefore)) ||
    COMPARED_WITH.test(phraseBefore) ||
    COMPARED_THAN.test(phraseBefore) ||
    RESEMBLED.test(phraseBefore) ||
    RETURNED_TO.test(near) ||
    POPULATION_FIGURE.test(near) ||
    POPULATION_ESTIMATED_LATER.test(phraseBefore) ||
    (POPULATION_NAMED_BEFORE.test(phraseBefore) && PRONOUN_ESTIMATED_AFTER.test(after)) ||
    POPULATION_TREND.test(near) ||
    (BY_BEFORE.test(near) && POPULATION_TREND_AFTER.test(after)) ||
    (OPENING_SINCE_BEFORE.test(phraseBefore) && DESCRIBED_SINCE_AFTER.test(phraseAfter)) ||
    POPULATION_CHANGED.test(phraseBefore) ||
    ANIMAL_COUNT.test(phraseBefore) ||
    POPULATION_AFTER.test(after) ||
    (POPULATION_NAMED.test(phraseBefore) && PUT_IT_AT_AFTER.test(after)) ||
    HAD_INHABITANTS_AFTER.test(after) ||
    HAD_INHABITANTS_IN.test(near) ||
    HELD_INMATES_AFTER.test(after) ||
    MORE_INHABITANTS_IN.test(phraseBefore) ||
    (SECOND_FIGURE_BEFORE.test(near) && SECOND_FIGURE_AFTER.test(after)) ||
    (COPULA_LIST_BEFORE.test(near) && COPULA_LIST_AFTER.test(after)) ||
    PEOPLE_LIVING_BEFORE.test(near) ||
    (AS_OF_BEFORE.test(near) && (INHABITED_AFTER.test(phraseAfter) || REGISTERED_AS_AFTER.test(phraseAfter))) ||
    (STATE_CLAUSE_BEFORE.test(near) && STATE_CLAUSE_AFTER.test(after)) ||
    STILL_STATE_BEFORE.test(near) ||
    NEGATED_AS_OF.test(phraseBefore) ||
    ALREADY_BEFORE.test(near) ||
    (SEAT_FROM_BEFORE.test(near) && !ranged) ||
    COUNTED_FROM.test(near) ||
    RATE_BEFORE.test(near) ||
    DISTANCE_SINCE.test(near)
  );
}
