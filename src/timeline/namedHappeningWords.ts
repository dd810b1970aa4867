/**
 * The words around a date that tell whether it names a happening rather than dates the sentence
 * ("the battle of February 2023", "the 9 May parade"), or the sentence only judges or cites that
 * happening ("The fall of … was the heaviest defeat", "…, as the founding of the movement in 2013
 * showed"); and those that keep it the sentence's date: a happening opening the sentence, its subject
 * told by its verb, something done by it or in it. `storyDate` reads them, each over a bounded window.
 */
import { PICTURE_NOUN } from './pictureNouns.ts';

/**
 * "the battle of February 2023", "the cessation of hostilities of February 2016", "the losses of the
 * autumn of 2022": a date after "of" names the thing before it, as "the 2014 agreement" does. A time
 * before "of" is the date itself ("the night of 20/21 September", "the end of March"); someone's act
 * dated so is that act's day ("the Russian government's draft resolution of 1 September 2014").
 */
export const NAMED_BY_DATE = /\bthe\s+(?:[\wÀ-ɏ-]+\s+){0,3}([\wÀ-ɏ'-]+)\s+of\s+(?:the\s+)?$/i;
/**
 * "the coup of 30 September, in which Captain Traoré overthrew Damiba": the clause tells the named happening itself, on that date
 * (guide); so does "the parliamentary election of 26 October, which Georgian Dream won": winning or losing an election named with
 * its date is that election (guide).
 */
export const TOLD_IN_WHICH_AFTER =
  /^,\s*(?:in\s+which\s+(?:[\p{L}'-]+\s+){1,4}?(?:\p{Ll}{2,}ed|overthrew|took|seized|fell|struck|broke|drove|won|lost|fled|led)|which\s+(?:[\p{L}'-]+\s+){1,4}?(?:won|lost))(?![\p{L}])/u;
/**
 * "After the Chernobyl disaster of April 1986, opposition grew", "After the coups of August 2020 and
 * May 2021, the government turned …": a happening named with its date in the sentence's opening
 * phrase is the one the sentence follows, and dates it as "after the start of the war in April 2014"
 * does (guide), as "In the drought of 1973, herders lost their animals" is dated by its drought; so does one
 * it happens during ("During the military build-up of late 2021, intelligence services warned …"), or under ("Under the
 * ceasefire agreement of 10 November 2020, about 2,000 peacekeepers were deployed"), or with ("With the Treaty of Gulistan of
 * October 1813, the village passed to the Russian Empire", "With the administrative reform of 1995, …"), also by a season ("During the
 * Azerbaijani offensive of the summer of 1992 the front came within 5 km"), or since which a state has held ("Since the war of August 2008
 * the town has been garrisoned by Russian troops"), named by whose it was too ("After Azerbaijan's offensive of 19–20 September
 * 2023"); anchored at the sentence's start, so it reads a few words only.
 */
export const OPENING_HAPPENING = /^(?:After|Following|In|During|Under|With|Since)\s+(?:the\s+|[A-Z][\wÀ-ɏ-]*['’]s\s+)(?:[\wÀ-ɏ'-]+\s+){1,4}of\s+(?:the\s+)?$/;
/**
 * "…, and it came under Azerbaijani control after the ceasefire agreement of 10 November 2020": the happening the clause
 * followed, named with its date, dates the clause as an opening "After the X of <date>," does; not a count's
 * ("two weeks after the cessation of hostilities of February" measures from a named thing), nor an aside between commas
 * ("the timing, after the cessation of hostilities of February 2016, helped the government" names when something stood).
 * Nor a war or an invasion named by its bare year ("hundreds of thousands left the oblast after the invasion of 2022"): what
 * followed it happened somewhere in the war, at a time the text does not give (guide), unlike an opening "After the war of 1992,
 * …" or an invasion named by its month ("returned to Ukraine after the Russian invasion of February 2022"), its start. Nor a
 * pluperfect relative clause's ("Kurds who had fled Turkey after the Sheikh Said rebellion of 1925" describes them, as "officers
 * who had served in the coup of March 1963" does).
 */
export const AFTER_HAPPENING =
  /(?<!\b(?:days?|weeks?|months?|years?|hours?)\s)(?<![,;(]\s?)(?<!\b(?:who|whom|which|that)\s+had\s+(?:been\s+)?[a-z]+\s+(?:[\wÀ-ɏ'-]+\s+){0,3})\bafter\s+the\s+(?:[\wÀ-ɏ'-]+\s+){1,3}of\s+$/i;
/** The war or invasion such an "after" names (read with the date's precision: only a bare year names the whole war). */
export const AFTER_WAR = /\bafter\s+the\s+(?:[\wÀ-ɏ'-]+\s+){0,2}(?:war|wars|invasion)\s+of\s+$/i;
/**
 * "When the border was fixed along the railway by the Franco-Turkish agreement of October 1921, …": a happening told in the
 * passive with a dated happening as its agent is done by it, on its date, as "after the ceasefire agreement of 10 November 2020"
 * dates its clause ("The city was largely destroyed by the Spitak earthquake of 7 December 1988", an adverb before the verb; "The
 * town was among the worst hit in Idlib by the earthquake of 6 February 2023", a ranking before it); a few words between the
 * verb and "by" only. So is one done in it ("before he was returned in the exchange of 14 September 2024", "its first council was
 * elected in the municipal elections of 23 April 2006"): the passive's happening is a part of the named one, on its date; and so is
 * what a place became in or under one ("became a rural commune in the decentralisation of 2002", "under the decentralisation law of
 * June 2002").
 */
export const DONE_BY_HAPPENING =
  /\b(?:(?:was|were)\s+(?:[a-z]+ly\s+|(?:among|one\s+of)\s+the\s+(?:[\wÀ-ɏ'-]+\s+){1,2}?)?(?:[a-z]+ed|hit|struck|stricken|made)|became)\b[^,;.]{0,40}?\s(?:by|in|under)\s+the\s+(?:[\wÀ-ɏ'-]+\s+){1,3}of\s+$/i;
/**
 * "The oblast was one of the regions hit hardest by the Holodomor, the man-made famine of 1932–1933": the happening the passive
 * names by its name, then dates in an appositive, is the one that did it, dated so as "by the famine of 1932–1933" would be;
 * the participle may stand a few words after the copula ("one of the regions hit hardest"). Only one appositive after a short name.
 */
export const DONE_BY_NAMED_HAPPENING =
  /\b(?:was|were)\s+(?:[\wÀ-ɏ'-]+\s+){0,5}?(?:[a-z]+ed|hit|struck|stricken)\s+(?:[a-z]+\s+)?by\s+(?:the\s+)?[\wÀ-ɏ'-]+(?:\s+[\wÀ-ɏ'-]+){0,2},\s+the\s+(?:[\wÀ-ɏ'-]+\s+){0,2}[\wÀ-ɏ'-]+\s+of\s+$/i;
/**
 * "Bessarabia passed to Russia under the Treaty of Bucharest of May 1812", "peacekeepers were deployed under the ceasefire
 * statement of 10 November 2020", "The village was ceded to the Russian Empire … by the Treaty of Turkmenchay of February 1828",
 * "By a decree of the Ukrainian SSR of 14 July 1927, Dzharylhach was included in the reserve" (its issuer named between; not "by"
 * after a participle set off by a comma, "The interim authorities, provided for by the Algiers Accord of 2015, took
 * office", which describes): what a clause tells done under an agreement or an act named with its date was settled by it,
 * on its date, as an opening "Under the ceasefire agreement of 10 November 2020," (or "Under the terms of" it) dates its main clause (guide); only acts that
 * settle things, so "under the rule of" or "under the command of" a dated thing is left to the other rules.
 */
const DONE_UNDER_ACT =
  /(?:\bunder|(?<!,\s*[a-z]+(?:\s+for)?\s+)\bby)\s+(?:the\s+terms\s+of\s+)?(?:the|a|an)\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?(?:agreements?|treaty|accords?|deal|protocol|statement|ceasefire|armistice|settlement|decree|resolution|convention|pact)\s+(?:of\s+(?:the\s+)?[A-Z][\wÀ-ɏ'-]*(?:\s+[A-Z][\wÀ-ɏ'-]*){0,2}\s+)?of\s+$/i;
/** A relative clause the words stand in ("Turkey, which kept posts under the agreement of 2018, sent troops"): it describes. */
const IN_RELATIVE_CLAUSE = /\b(?:which|who|that)\s[^,;]*$/i;
/**
 * Whether the words before a date put it after "under the <act> of" in a clause of the story (see `DONE_UNDER_ACT`): `near`
 * the words next to it, `phraseBefore` the longer stretch a relative clause's pronoun may stand in.
 */
export const doneUnderAct = (near: string, phraseBefore: string): boolean => DONE_UNDER_ACT.test(near) && !IN_RELATIVE_CLAUSE.test(phraseBefore);
/**
 * "Miners played a leading part in the strikes of July 1989", "The region suffered heavily in the Holodomor of 1932–1933": taking
 * part in a happening named with its date, or suffering in it, is that happening, dated by it (guide), not an act upon it as
 * "investigated the strike of 16 March" is; so is seizing power in it ("seized power in the Corrective Movement of November 1970":
 * the seizing is the coup); so is voting in it ("voted for Yanukovych in the presidential elections of 2004": the vote is the
 * election), and winning or losing it ("Georgian Dream had won the parliamentary election of 26 October 2024": the win is the
 * election's result, of its day). A few words between the verb and "in" only.
 */
export const PART_IN_HAPPENING =
  /\b(?:(?:(?:took|take|takes|taking)\s+part|played\s+(?:a|an|the)\s+(?:[\wÀ-ɏ-]+\s+){0,2}?(?:part|role)|suffered(?:\s+[a-z]+ly)?|(?:seized|took|came\s+to)\s+power|voted(?:\s+(?:for|against)(?:\s+[\wÀ-ɏ'.-]+){1,3}?)?)\s+in\s+the\s+(?:[\wÀ-ɏ'-]+\s+){1,3}|(?:won|lost)\s+the\s+(?:[\wÀ-ɏ'-]+\s+){0,2}(?:election|elections|vote|referendum|runoff|poll)\s+)of\s+$/i;
/**
 * "South Ossetia broke away from Georgia in the war of 1991–1992", "the bridge was destroyed in the fighting of 1942": what a
 * clause's verb, told in the simple past, did in a war or upheaval named with its date happened in it, and the date written
 * after it dates the clause as "in" would (guide), and so does "during" it ("were expelled during the Shusha massacre of March 1920",
 * as "destroyed … during the siege in 2022" is dated by its year). Not a relative clause's ("officers who had served in the coup of March
 * 1963" describes them), nor a thing acted upon ("investigated the strike of 16 March"). A few words between verb and "in", a
 * clause's object and where it went ("lost part of its western areas to Israeli occupation in the Six-Day War of June 1967"). The
 * Holodomor is such a famine, by its name or set off as one ("died in the Holodomor, the famine of 1932–1933"); so is a flood, a
 * drought, a storm or a landslide ("It was badly damaged in the floods of November 1998 and rebuilt the following year"); a reform or a
 * partition redrawing the map is such an upheaval ("was abolished in the administrative reform of July 2020").
 */
export const DONE_IN_UPHEAVAL =
  /(?<!\b(?:which|that|who|whom)\s+(?:had\s+|was\s+|were\s+)?)\b(?:[a-z]{2,}ed|broke\s+away|broke\s+out|fell|fled|fought|rose|died|took\s+power|won|lost|split)\s+(?:[\wÀ-ɏ'-]+\s+){0,8}?(?:in|during)\s+the\s+(?:[A-Z][\wÀ-ɏ'-]*,\s+the\s+)?(?:[\wÀ-ɏ'-]+\s+){0,2}?(?:war|wars|conflict|uprising|revolution|coup|massacre|fighting|riots|earthquake|floods?|drought|storms?|landslides?|mudflows?|famine|Holodomor|pogrom|purges?|crisis|clashes|insurgency|rebellion|revolt|reforms?|reorgani[sz]ation|partition)\s+of\s+$/i;
/**
 * "During the Second Nagorno-Karabakh War in 2020 the village was again on the front line, …": a war's year in a
 * sentence-opening "During" phrase without its comma sets the scene, as the comma'd opening does; a day the main
 * clause states dates the sentence.
 */
export const DURING_WAR_YEAR = /^During\s+the\s+(?:[\wÀ-ɏ'-]+\s+){1,5}in\s+$/;
/**
 * "The Holodomor of 1932–1933 struck the villages", "The rebellion of 2012 began at Ménaka, when …": a happening
 * named with its date as the subject of the sentence or of its second main clause ("…, and the Treaty of Gulistan of October 1813
 * confirmed the transfer"), or of the part of it that subject names ("The ninth article of the ceasefire statement of 10 November
 * 2020 provided for …"), its verb told in the past, is the happening the sentence tells
 * (guide: a date written after the happening dates it), and so is it as the subject of an opening "When" clause ("When the
 * Treaty of Ankara of October 1921 fixed the border …, the station was left on the Syrian side"); a date of the main clause
 * still wins, as over an opening phrase; a season's "the" may stand before the date ("The Azerbaijani counter-offensive of the winter
 * of 1993–1994 recovered several villages"). Anchored at the sentence's start and read a few words either side.
 */
export const SUBJECT_HAPPENING =
  /(?:^(?:When\s+|Once\s+)?[Tt]he|,\s+(?:and|but)\s+the|^(?:After|Following|During|Under)\s[^,;]{1,80},\s+the)\s+(?:[\wÀ-ɏ'-]+\s+){1,6}of\s+(?:the\s+)?$/;
/** The same subject opening a second main clause ("…, and the battle of 2019 remained the heaviest defeat"): judged by a copula as at the start. */
export const CLAUSE_HAPPENING_SUBJECT = /,\s+(?:and|but)\s+(?:the|its|their)\s+[\wÀ-ɏ-]+\s+of\s[^,;]*$/i;
/**
 * "The war ended with the ceasefire of 12 May 1994", "The offensive began with the bombardment of 3 March": the happening a
 * main clause's story ended or began with, named with its date, is the sentence's happening (guide: a date written after
 * the happening dates it). Not inside a relative clause ("the war, which ended with the ceasefire of …"), which tells
 * a named thing's past.
 */
const ENDED_WITH = /(?<!\b(?:which|that|who)\s+)\b(?:ended|began|started|concluded|culminated)\s+with\s+(?:the|a|an)\s+(?:[\wÀ-ɏ'–-]+\s+){0,3}of\s+$/i;
/**
 * "The corps held the line around Tartar until the ceasefire of 12 May 1994": the happening a past state was held until; the
 * bound dates the state (guide). Not a land's belonging ("was part of the Songhai Empire, whose capital lay at Gao, until the
 * Moroccan invasion of 1591"), its past as a place, read over the phrase before.
 */
const HELD_UNTIL = /\b(?:until|till)\s+(?:the|a|an)\s+(?:[\wÀ-ɏ'–-]+\s+){0,3}of\s+$/i;
const BELONGING_UNTIL = /\b(?:part|rule)\s+of\b[^;]*\b(?:until|till)\s[^;]*$/i;

/** Whether a date names the happening a main clause's story ended or began with, or a past state was held until (`phrase`: the phrase before, `near` its end). */
export function endsOrBoundsStory(near: string, phrase: string): boolean {
  return ENDED_WITH.test(near) || (HELD_UNTIL.test(near) && !BELONGING_UNTIL.test(phrase));
}

/**
 * "The capture of the town by the Islamists on 10 January prompted France to intervene the following day": a dated happening
 * as the subject of a verb of causing is the background of what it caused, which the main clause dates (counted from it).
 */
export const CAUSING_SUBJECT = /^The\s+[\wÀ-ɏ'-]+\s+of\s+[^,;.]{0,60}?\s(?:on|in)\s+$/;
export const CAUSED_AFTER = /^\s+(?:prompted|led|forced|triggered|caused|provoked|pushed|spurred)\b/;
/**
 * "A second seizure on 6 April was ended the next morning by the police": a happening named with its date as the subject of a
 * passive whose own time is a step counted forward ("the next morning", "two days later") is the background the step counts
 * from, as the causing subject above is; the main clause's act is the event, a day after it (guide: one event per sentence,
 * dated by its main clause). Only the sentence's opening subject and the step right after its verb, a few words between.
 */
export const DATED_SUBJECT = /^(?:A|An|The)\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?(?:on|in)\s+$/;
export const PASSIVE_COUNTED_ON =
  /^\s+(?:was|were)\s+(?:[a-z]+ed|[a-z]+en|hit|put|shut|cut|held|brought|taken|beaten|broken)\s+(?:[a-z]+\s+){0,3}?(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+later)\b/;
/**
 * Its verb, after a second year joined by "and" ("The Minsk agreements of 2014 and 2015 froze the front line": the first dates it);
 * an election or a vote won, lost or held in the passive is that vote ("The presidential election of November 2011 was won by …").
 */
const TOLD_AFTER =
  /^(?:\s+and\s+\d{4})?\s+(?:also\s+|then\s+|first\s+)?(?:[a-z]{2,}ed|struck|began|broke(?:\s+(?:out|up))?|tore|burst|hit|swept|fell|left|drove|brought|took|led|froze|split|cut|set|put|gave|made|kept|shut|(?:was|were)\s+(?:won|lost|held)\b)\b/;
/**
 * "The Spitak earthquake of 7 December 1988, which killed at least 25,000 people, briefly halted the struggle": a "which",
 * "who" or "whose" clause between the dated subject and its verb (with an adverb before it) leaves that verb the subject's, and so does
 * a "when" clause ("The famine of 1942, when drought coincided with wartime requisitions, drove many herders to the river"), and so does a
 * participle standing for one ("The national dialogue of May 2024, boycotted by most parties, extended the transition"), and so
 * does an appositive ranking it ("The floods of 2024, the worst on the Logone in decades, broke the dykes"); a
 * number's thousands comma ("25,000") does not end the clause. Bounded.
 */
const RELATIVE_ASIDE_AFTER =
  /^,\s*(?:(?:which|who|whose|when)\s|(?:[a-z]{3,}ed|held|led|won|lost|taken|made)\s+(?:by|in|at|on|with|from|during|under|after)\s|the\s+(?:worst|deadliest|largest|heaviest|strongest|biggest|first|last|most\s+[a-z]+)\s)(?:[^,;]|(?<=\d),(?=\d{3})){1,100},(?:\s+[a-z]{3,}ly)?(?=\s)/;

/**
 * "The ceasefire statement of 10 November 2020 that ended the Second Nagorno-Karabakh War committed Armenia to …": a restrictive
 * clause with no commas, its object a name, ends at the name's last capitalised word; the subject's own verb comes after it.
 */
const RESTRICTIVE_NAMING_AFTER =
  /^\s+(?:that|which)\s+(?:[a-z]{3,}ed|began|broke|brought|froze|gave|made|took|split)\s+(?:the\s+)?[A-Z][\wÀ-ɏ'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\wÀ-ɏ'’-]*){0,5}/;

/** Whether the dated subject's verb, told in the past, follows the date (see `TOLD_AFTER`), maybe past a relative aside. */
export function toldAfter(after: string, phraseAfter: string): boolean {
  if (TOLD_AFTER.test(after)) return true;
  const aside = RELATIVE_ASIDE_AFTER.exec(phraseAfter) ?? RESTRICTIVE_NAMING_AFTER.exec(phraseAfter);
  return aside !== null && TOLD_AFTER.test(phraseAfter.slice(aside[0].length));
}

/** Words before "of" that make the date the time itself, not a name ("as of 14 September" is a preposition). */
export const TIME_NOUN =
  /^(?:as|days?|nights?|mornings?|afternoons?|evenings?|weeks?|weekend|months?|years?|hours?|end|beginning|start|middle|turn|half|part|most|much|all|course|rest|remainder|spring|summer|autumn|fall|winter|season|period|dawn|dusk|eve|quarter|onset|close|first|second|third|last|date|time|run-up|lead-up)$/i;
/**
 * Analysis of a dated thing, the date inside the subject: "The battle of February 2023 has been
 * described as …", "The loss of the city in December 2016 showed how …", "The fall of the town in
 * April 2018 was the army's greatest victory". The happening is not told, only judged.
 */
export const SUBJECT_BEFORE = /^(?:The|This|That|Its|Their|His|Her)\s[^,;]*$/;
export const JUDGED_AFTER =
  /^\s+(?:(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:widely\s+|often\s+|later\s+|also\s+|since\s+)?(?:described|called|seen|considered|regarded|viewed|characteri[sz]ed|hailed|criticised|criticized|remembered)|showed|shows|demonstrated|revealed|illustrated|highlighted|exposed|underlined|proved)\b/i;
/** "The drone footage dated March 5 shows a man on a bicycle": a picture shows what it depicts; it judges nothing. */
export const PICTURE_SUBJECT = new RegExp(`^(?:The|This|That|Its|Their)\\s+(?:[\\wÀ-ɏ'-]+\\s+){0,2}?${PICTURE_NOUN}\\s`, 'i');
export const SHOWS_AFTER = /^\s+(?:shows|showed)\b/i;
/** A time itself the subject of a verb that weighs it ("…, this week belongs to the people who lived to see it", "2016 will be remembered as…"). */
export const CLAUSE_START = /(?:^|[,;:]\s*)$/;
export const TIME_JUDGED_AFTER = /^\s+(?:belongs|belonged|will\s+belong|will\s+be\s+remembered|will\s+go\s+down)\b/i;
/** "…, as the founding of the movement in 2013 showed": a happening cited as evidence for a judgement, as a sentence opening with it is. */
export const CITED_AS_EVIDENCE = /,\s*as\s+(?:the|this|that|its|their|his|her)\s[^,;]*$/i;
/**
 * "The minister cited technical reasons, among them the adoption of a new constitution in June": a happening named, with its
 * date, as a reason someone cites is the object of the citing, as "investigated the strike of 16 March" is (guide): its date
 * dates that happening, not the citing. The named happening is a noun with its "of" ("the closure of the border in May"), maybe
 * after the reasons it stands among; read over a phrase's reach.
 */
export const CITED_AS_REASON =
  /\b(?:cited|cites|citing|invoked|invoking|pointed\s+to|pointing\s+to)\s+(?:[^;.]{0,60}?\b(?:among\s+them|including|such\s+as)\s+)?(?:the|a|an|its|their)\s+\p{L}+\s+of\s+(?:[\p{L}'-]+\s+){1,4}in\s+$/iu;

/**
 * "The offensive opened the way for the government's advance across the desert later in the year", "Repairs allowed part of the
 * refinery to resume work in 2023": the date after what a happening made possible dates that later happening, the object of
 * "opened the way for" or "allowed … to", not the opening (guide: a date
 * written after a happening that is only the object of the sentence's own dates that object). Comma-free, within the phrase. Not
 * the passive: "The first families were allowed back to Mleiha in the summer of 2019" tells their return.
 */
export const MADE_POSSIBLE =
  /\b(?:(?:(?:opened|opens|opening|paved|paves|paving|cleared|clears|clearing)\s+the\s+way|(?:set|sets|setting)\s+the\s+stage|(?:laid|lays|laying)\s+the\s+(?:groundwork|foundations?))\s+for|(?<!\b(?:was|were|been|being|be|is|are)\s+)(?:allowed|enabled|permitted)\s+(?:[\wÀ-ɏ'’-]+\s+){1,5}?to)\s[^,;.]{0,120}$/i;
