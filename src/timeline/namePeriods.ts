/**
 * The years a place or a thing bore a name: a description of it, not a happening (GUIDE.md: "The town was known as Abdallar until
 * 1926"). `namedThingsPast.ts` asks, with the words right before the date.
 */

/**
 * "known from 1924 to 2016 as Artemivsk", "known as Artemivsk until 2016", "was called Hola Prystan ("bare landing") from 1786":
 * the years of a name, not a happening (the renaming, "was named after the river in 1800", is told apart). A name called so
 * holds for a period only: from, until or since a date; its gloss may stand in brackets.
 */
const NAME_PERIOD =
  /\bknown\s+(?:as\s+(?:[\w'-]+\s+){1,3}?)?(?:from|until|till|between|in|since|before|after)\s+$|\b(?:was|were)\s+called\s+(?:[\w'’-]+\s+){1,3}?(?:\([^()]{1,40}\)\s+)?(?:from|until|till|since|between)\s+$/i;

/** Whether a date (`near`: the words right before it) bounds the years of a name. */
export function tellsNamePeriod(near: string): boolean {
  return NAME_PERIOD.test(near);
}
