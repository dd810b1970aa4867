/**
 * The timeline model: what `extractTimeline` hands to the pages.
 * Plain data only, so the Astro layer and the tests can share it.
 */

/** How finely `TimelineEvent.date` is known; `date` is cut to this length. */
export type Precision = 'day' | 'month' | 'year';

/**
 * Every way the text can hedge a date, as `TimelineEvent.qualifier` (and `timeline.json`) writes it:
 * - `early`, `mid`, `late`: part of the month or year ("early July", "mid-May 2013", "the end of June");
 * - `before`: on or before the day ("before 25 February", "in the run-up to 9 May", "prior to 10 May");
 * - `after`: some time after it ("after 25 February"; "three days later" counted from a month-precise date);
 * - `around`: about then ("around 5 June", "circa 1918", "during the week of 10 May");
 * - `spring`, `summer`, `autumn`, `winter`: the season of `date`'s year ("in the summer of 1918", "fall 2015").
 */
export const QUALIFIERS = ['early', 'mid', 'late', 'before', 'after', 'around', 'spring', 'summer', 'autumn', 'winter'] as const;

/** How the text hedges a date: one of `QUALIFIERS`. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** One dated happening of the story, anchored in one sentence of the article. */
export interface TimelineEvent {
  /**
   * Anchor id, unique in the page and stable across builds: the date plus a few
   * words of the sentence (`2012-02-25-fsa-eventually-able-turn-tide`).
   */
  id: string;
  /** ISO 8601 cut to `precision`: `2012-02-10`, `2012-07`, `2013`; BC years are astronomical (`-0489` is 490 BC). */
  date: string;
  /** How much of `date` the text really states. */
  precision: Precision;
  /** Present only when the text hedges the date. */
  qualifier?: Qualifier;
  /** The sentence, exactly as it appears (trimmed) in the paragraph's plain text. */
  text: string;
  /**
   * The exact substring of `text` that gave the date ("10 February", "Three days later", "In the evening");
   * absent when the date comes from the heading above the sentence ("### 9 August").
   */
  dateText?: string;
  /** Text of the nearest (deepest) heading above the sentence; "" for the lead. */
  section: string;
  /** The id rehype-slug gives that heading; "" for the lead. */
  sectionId: string;
  /** Filled by the places module later; extraction leaves it absent. */
  places?: string[];
  /** Last day of a range ("6–8 June 1944" ends `1944-06-08`), same precision rules as `date`. */
  end?: string;
}

/** What the article's frontmatter tells extraction about when the story happens. */
export interface TimelineContext {
  /** Article title; a year in it ("Battle of al-Qaryatayn (2015)") is the last resort for the year. */
  title?: string;
  /** Infobox `date` text ("10 February - 20 April 2012"): the years the story spans. */
  infoboxDate?: string;
}
