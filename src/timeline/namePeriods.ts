/**
 * The years a place or a thing bore a name: a description of it, not a happening (GUIDE.md: "The town was known as Abdallar until
 * 1926"). `namedThingsPast.ts` asks, with the words right before the date.
 */

/**
 * "known from 1924 to 2016 as Artemivsk", "known as Artemivsk until 2016", "was called Hola Prystan ("bare landing") from 1786", "bore
 * the name Novhorodske from 1951 until 2021":
 * the years of a name, not a happening (the renaming, "was named after the river in 1800", is told apart). A name called so
 * holds for a period only: from, until or since a date; its gloss may stand in brackets. Becoming known is a happening ("Kata'ib
 * Sayyid al-Shuhada first made itself known in April 2013", "became known in 2011 for its banners"), no name's years.
 */
const NAME_PERIOD =
  /(?<!\b(?:became|become|becomes|first|made\s+(?:itself|themselves|himself|herself))\s+)\bknown\s+(?:as\s+(?:[\wÀ-ɏ'-]+\s+){1,3}?)?(?:from|until|till|between|in|since|before|after)\s+$|\b(?:(?:was|were)\s+called|bore\s+the\s+name)\s+(?:[\wÀ-ɏ'’-]+\s+){1,3}?(?:\([^()]{1,40}\)\s+)?(?:from|until|till|since|between)\s+$/i;

/**
 * "From 1934 to 1961 it was known as Staliniri", "From 1951 to 1992 the town bore the name Nesterov", "Until 1991 the main street was
 * named after Lenin", "Until 1970 it was officially known as Talish": the same years opening the sentence, its subject and the name
 * after them. Only a bare year or a range of
 * years, and the sentence's own start.
 */
const OPENING_PERIOD_BEFORE = /^(?:From|Between|Until|Till)\s+(?:\d{4}\s+(?:to|and|until)\s+)?$/;
const NAME_AFTER_PERIOD =
  /^(?:\s+(?:to|and|until)\s+\d{4})?,?\s+(?:it|the\s+(?:[a-z]+\s+)?[a-z]+|[A-Z][\wÀ-ɏ'’-]+)\s+(?:(?:was|were)\s+(?:officially\s+|also\s+|still\s+)?(?:known|called|named)|bore\s+the\s+name)\s/;

/** Whether a date (`near`: the words right before it, `after` those after it) bounds the years of a name. */
export function tellsNamePeriod(near: string, after: string): boolean {
  return NAME_PERIOD.test(near) || (OPENING_PERIOD_BEFORE.test(near) && NAME_AFTER_PERIOD.test(after));
}

/**
 * "the Deir ez-Zor offensive (September–November 2017), in which …": a month or a year alone in brackets right after the name of a
 * campaign tells which of its namesakes it is, as a Wikipedia title does: part of the name, no happening ("the first full year of
 * operation (May 2018 – May 2019)" is no name: a period).
 */
const NAME_BRACKET_BEFORE =
  /\b[A-Z][\wÀ-ɏ'’-]*\s+(?:[\wÀ-ɏ'’-]+\s+){0,3}?(?:offensive|battle|campaign|siege|clashes|war|uprising|protests|crisis|massacre|attacks?|raid|operation)\s*\($/;
const NAME_BRACKET_AFTER = /^\)/;

/** Whether a date stands alone in brackets after a campaign's name, telling which namesake it is (see NAME_BRACKET_BEFORE). */
export function bracketsNamesake(near: string, after: string): boolean {
  return NAME_BRACKET_BEFORE.test(near) && NAME_BRACKET_AFTER.test(after);
}

/**
 * "A collective farm named after the First of May was organised in 1930", "a street renamed in honour of 9 May": the date a thing
 * is named after is its name, no happening of that day (guide: dates inside names).
 */
const NAMED_AFTER_BEFORE =
  /\b(?:(?:named|renamed)\s+(?:after|for|in\s+honou?r\s+of)|called\s+after)\s+(?:the\s+)?(?:(?:first|\d{1,2}(?:st|nd|rd|th)?)\s+(?:of\s+)?)?$/i;

/** Whether a date is the one a thing was named after (`near`: the words right before it). */
export function isNamesakeDate(near: string): boolean {
  return NAMED_AFTER_BEFORE.test(near);
}
