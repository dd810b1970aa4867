/**
 * Dates that say who a person is rather than what happened in the story: their earlier past in a pluperfect "who" clause, how
 * they came to their post, their birth, their career. `namedThingsPast.ts` asks, for every date; each pattern reads only the
 * words next to the date.
 */

/**
 * "the militia of Bislan Gantamirov, a former mayor of Grozny whom Boris Yeltsin had pardoned in November", "Gantamirov, who had
 * been pardoned in November": a "who" clause in the pluperfect describing a person tells that person's earlier past, as "which
 * had been established in August 2017" tells a thing's (guide), no happening of the story. Pluperfect only ("a mayor whom Yeltsin
 * pardoned on 3 May" may go on with the story); bounded to the words before the date. So is one telling when the person last or
 * first did a thing ("said Abu Khaled, a driver who last drove the route in 2012"), as "which he last visited in March" is a thing's.
 * A post's date may stand with no preposition ("Elene Khoshtaria, who had already been fined twice this year"), and the clause may
 * be long ("a group of volunteers who had taken part in the Euromaidan protests and in street clashes … during the spring of 2014"):
 * read over a career clause's reach, comma-free.
 */
const PERSONS_EARLIER_PAST =
  /,\s*(?:(?:a|an|the)\s+(?:[\wÀ-ɏ'-]+\s+){0,7}?)?(?:who|whom)\s+(?:(?:[A-Z][\wÀ-ɏ'-]*\s+){1,3}|(?:he|she|they)\s+)?(?:had\s+(?:(?:already|previously|once)\s+)?(?:been\s+)?(?:\w+ed|held|taken|led|fought|won|lost|left|made|given|sent)|(?:last|first)\s+[a-z]+)\s+(?:[\wÀ-ɏ'-]+\s+){0,16}?(?:(?:in|on|since|until|during)\s+(?:the\s+)?)?$/;

/**
 * "Macron, who had invited the leaders of the G5 Sahel to a summit in Pau on 16 December, announced …": the same pluperfect "who"
 * clause set after the sentence's subject, however long, tells the subject's earlier past; its date yields to the main clause.
 * The clause may go on after its date ("European leaders, who had met in Paris on Thursday to discuss security guarantees,
 * condemned the strike"), up to its closing comma.
 */
const SUBJECTS_EARLIER_PAST = /^(?:The\s+)?(?:[\p{L}'-]+\s+){0,5}?[\p{L}'-]+,\s*who\s+had\s+[^,;.]{1,120}?\s(?:(?:in|on|since|until)\s+(?:the\s+)?)?$/u;
const SUBJECTS_CLAUSE_CLOSE = /^[^,;.]{0,80},/;
/** The phrase may open that clause: "Ramzan Kadyrov, who by then had been head of the republic for two years, visited …". */
const OPENS_SUBJECTS_WHO = /^(?:The\s+)?(?:[\p{L}'-]+\s+){0,5}?[\p{L}'-]+,\s*who\s+$/u;
const PLUPERFECT_TO_CLOSE = /^\s+had\s+[^,;.]{1,120},/;

/**
 * Whether a date (`before`: the sentence up to it, `after`: the words after it) stands in the subject's pluperfect "who" clause;
 * a weekday's or a relative date's own words may hold its preposition ("on Thursday", "the day before").
 */
export function inSubjectsEarlierPast(before: string, after: string): boolean {
  return (
    (SUBJECTS_EARLIER_PAST.test(before) && SUBJECTS_CLAUSE_CLOSE.test(after)) ||
    (OPENS_SUBJECTS_WHO.test(before) && PLUPERFECT_TO_CLOSE.test(after)) ||
    (SUBJECTS_PAST.test(before) && FORECAST_AFTER_CLAUSE.test(after)) ||
    (TERM_CLAUSE.test(before.slice(-TERM_NEAR)) && CLAUSE_CLOSE.test(after))
  );
}

/**
 * "Salome Zourabichvili, whose six-year term ended on Sunday, had said for weeks …": a "whose" clause telling when a person's term
 * or mandate ended or began says who they are in the story, as an appointment clause does, not what the sentence tells; a
 * weekday's own words may hold its preposition.
 */
const TERM_CLAUSE =
  /,\s*whose\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:term|mandate|presidency|tenure)\s+(?:of\s+office\s+)?(?:had\s+)?(?:ended|expired|ran\s+out|began|started)\s+(?:(?:on|in)\s+)?$/i;
const TERM_NEAR = 100;

/**
 * "Al-Sharaa, who led Hayat Tahrir al-Sham until its own dissolution was announced at the same meeting, will be allowed to appoint
 * …": a "who" clause in the simple past set after a subject whose main clause looks ahead tells who the subject is, not a step of
 * the story; the forecast has no date, so the clause's would date nothing but the subject's past.
 */
const SUBJECTS_PAST = /^(?:The\s+)?(?:[\p{L}'-]+\s+){0,5}?[\p{L}'-]+,\s*who\s+[^,;.]{1,120}?\s(?:(?:in|on|at|since|until)\s+(?:the\s+)?)?$/u;
const FORECAST_AFTER_CLAUSE = /^[^,;.]{0,80},\s+(?:will|would|could|may|is\s+(?:expected|due|set)\s+to)\b/;

/**
 * A clause telling how someone came to their post, between commas or closing the sentence: "Mara, who replaced Ly in April
 * 2014, announced …", "Palisa, who had taken command in 2021, led …", "Bazoum, who took office as president on 2 April
 * 2021, made …", "Under Moussa Traoré, who seized power in 1968, the paratroopers were …", and so does a party's or a junta's
 * coming to power ("Under the Ba'ath Party, which seized power in 1963, Kurdish political activity was suppressed"). It says who
 * the subject is, not what happened in the story, so its date is no event's.
 */
const APPOINTMENT_CLAUSE =
  /(?:,\s*|,\s*an?\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?|\s)(?:who\s+(?:had\s+|has\s+)?(?:been\s+)?(?:replaced|succeeded|appointed|named|elected|became|(?:was\s+|were\s+)?sworn\s+in|(?:taken|took|assumed)\s+(?:over\s+)?(?:command|office))|(?:who|which)\s+(?:had\s+|has\s+)?(?:seized|took|taken|came\s+to)\s+power)\b[^,;]{0,60}?\s(?:in|on|since)\s+$/i;

const CLAUSE_CLOSE = /^\s*,/;
/** The clause may close the sentence: "The idea was taken up by Belousov, an economist who replaced Shoigu … in May 2024." */
const APPOINTMENT_CLOSE = /^\s*(?:[,.;]|$)/;
/**
 * "The officers who seized power in August 2020, and again in May 2021, had promised …": the second seizure, told as the first's
 * repeat, says who the subject is as the first does.
 */
const POWER_SEIZED_AGAIN = /\b(?:who|which|that)\s+(?:had\s+)?(?:seized|took|came\s+to)\s+power\s+(?:in|on)\s+[^,;.]{1,30},?\s+and\s+again\s+(?:in|on)\s+$/i;

/**
 * "Keïta, elected in 2013 and re-elected in 2018 in a vote the opposition rejected as fraudulent, governed a country …": how the
 * subject came to their post, told as an appositive participle, says who they are, as "who was elected in 2013" does; each of its
 * dates, up to the comma that closes it. Only the sentence's subject: "run by a local council, elected in early 2013, which …"
 * tells the council's coming about in the story.
 */
const ELECTED_APPOSITIVE =
  /^(?:The\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+,\s*(?:(?:first\s+)?elected|re-elected|appointed|named|sworn\s+in)\s+(?:[^,;]{0,60}?\s)?(?:in|on)\s+$/iu;
const APPOSITIVE_CLOSE = /^[^,;.]{0,80},\s/;

/**
 * "Hafez al-Assad, born in Qardaha in 1930, seized power …": a person's birth set between commas says who the subject is, as an
 * appointment clause does (guide: an appositive describing a named one), so its date is no event's; and so does a group's, told
 * by what it came after ("Many of the protesters are young, born after the Rose Revolution of 2003, and …").
 */
const BIRTH_APPOSITIVE = /,\s*(?:who\s+(?:was|were)\s+)?born\s+(?:[^,;]{0,60}?\s)?(?:in|on|of|after|before|since)\s+$/i;

/**
 * "the political base of Viktor Yanukovych, who was governor of the oblast from 1997 to 2002 and was elected President in 2010.": a
 * "who" clause giving a person's posts or career describes that person, even in the passive and at the sentence's end (guide),
 * as "Mara, who replaced Ly in April 2014," does. Read over a bounded stretch before the date, up to the clause's end or its
 * next predicate. So does a restrictive one naming the post ("the billionaire who was the region's state minister last winter"),
 * the date right after the post's name (a news post's "last winter" takes no preposition). Being sworn in to the post is coming
 * to it, as being elected is ("a retired officer, Ndaw, who was sworn in as president in September."), and so is becoming it or
 * proclaiming oneself it ("a Cossack formation led by Yevgeny Ishchenko, who proclaimed himself mayor in June.").
 */
const CAREER_CLAUSE =
  /(?:,\s*|\s)who\s+(?:(?:was|had\s+been|has\s+been|served\s+as|became|(?:proclaimed|declared)\s+(?:himself|herself))\s+(?:the\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:governor|mayor|president|prime\s+minister|minister|commander|head|chairman|leader)\b|(?:was|were|had\s+been)\s+(?:elected|appointed|named|sworn\s+in)\b)(?:[^,;.]{0,100}?\s(?:in|on|from|since))?(?:\s+(?:last|this))?\s+$/i;
const CAREER_CLOSE = /^\s*(?:[,.;]|and\s+(?:was|were|had|became|served)\b|$)/;
/** How far before a date a career clause is read. */
const CAREER_NEAR = 160;

/**
 * "Monte Melkonian, an Armenian-American who commanded the Martuni front from late 1991 until his death near Merzuli on 12 June
 * 1993": a "who" clause telling a command a person held from a date, and until when, gives that person's career as "who was
 * governor of the oblast from 1997 to 2002" does (guide): both its dates describe the person, and so do a family's or a party's
 * years in power ("the Assad family, which ruled Syria from 1970 to 2024"). A command told on one day ("who
 * led the assault on 3 May") is no post held, and stays a happening.
 */
const COMMAND_HELD =
  /(?:,\s*|\s)(?:who|which)\s+(?:commanded|led|headed|ran|ruled|governed)\s[^,;.]{1,80}?\sfrom\s+(?:[^,;.]{1,40}?\s(?:until|till|to)\s[^,;.]{0,60}?\s(?:in|on)\s+)?$/i;
const COMMAND_CLOSE = /^\s*(?:[,.;]|(?:until|till|to)\b|$)/;

/**
 * "For Armenians displaced from Nagorno-Karabakh in September 2023, the declaration has nothing to offer": an opening "For" phrase
 * names the people the main clause is about by what befell them ("For the government that took power after the fall of Assad in
 * December, they are also a test": by what they did); with the main clause in the present, nothing of the story is told on
 * that date, as with a subject's past clause before a verb in the present.
 */
const FOR_GROUP_DESCRIBED = /^For\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:(?:that|which|who)\s+)?(?:[a-z]{3,}ed|took|came|seized|won)\b[^,;]*$/;
const PRESENT_AFTER_OPENING =
  /^,\s+(?:(?:the|its|their|this|that|[A-Z][\wÀ-ɏ'’-]*)\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:is|are|has|have|does|do|offers|means|remains)\b/;

/**
 * "in the 1990s it was named after Bassel al-Assad, the elder son of President Hafez al-Assad, who died in a car accident in
 * 1994": a "who" clause after the person a thing is named after tells the namesake's own past, no step of the thing's story, as a
 * career clause does. Up to two appositives between; the clause closes at the date.
 */
const NAMESAKES_PAST =
  /\b(?:named|renamed)\s+(?:after|for|in\s+(?:honou?r|memory)\s+of)\s+(?:[^,;.]{1,60}?(?:,\s*|\s)){1,3}?who\s+[^,;.]{1,80}?\s(?:in|on)\s+$/i;

/** Whether the words around a date make it a person's own past (`near`: the words right before it; `before`: all of them). */
export function tellsPersonsPast(near: string, after: string, before: string): boolean {
  return (
    PERSONS_EARLIER_PAST.test(before.slice(-CAREER_NEAR)) ||
    inSubjectsEarlierPast(before, after) ||
    (APPOINTMENT_CLAUSE.test(near) && APPOINTMENT_CLOSE.test(after)) ||
    (POWER_SEIZED_AGAIN.test(near) && CLAUSE_CLOSE.test(after)) ||
    (BIRTH_APPOSITIVE.test(near) && CLAUSE_CLOSE.test(after)) ||
    (ELECTED_APPOSITIVE.test(before) && APPOSITIVE_CLOSE.test(after)) ||
    (CAREER_CLAUSE.test(before.slice(-CAREER_NEAR)) && CAREER_CLOSE.test(after)) ||
    (COMMAND_HELD.test(before.slice(-CAREER_NEAR)) && COMMAND_CLOSE.test(after)) ||
    (NAMESAKES_PAST.test(before.slice(-CAREER_NEAR)) && CAREER_CLOSE.test(after)) ||
    (FOR_GROUP_DESCRIBED.test(before) && PRESENT_AFTER_OPENING.test(after))
  );
}
