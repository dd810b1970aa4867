/** What the search page shows of one result: an article, or one event of an article's timeline. */
export interface SearchHit {
  url: string;
  title: string;
  /** "Event · <article>" for an event. */
  context?: string | undefined;
  /** The excerpt as text runs; `marked` runs are the words that matched. */
  excerpt: { text: string; marked: boolean }[];
}

/** An element with an id in an indexed page, as Pagefind records it: `location` is its first word's index. */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** What the event hits are read from: one article's result (`data()` of a Pagefind result). */
export interface ArticleResult {
  /** The article's URL, ending in a slash; its events' pages are `events/<id>/` below it. */
  url: string;
  /** The page's indexed text; Pagefind's word locations count its words. */
  content: string;
  /** Where the query's words matched, as word indexes into `content`. */
  locations: number[];
  anchors: PageAnchor[];
  articleTitle: string;
}

/** The id of the timeline's heading (a page-reserved id: no content heading can take it). */
const TIMELINE_HEADING = 'timeline';
/** Words of an event's excerpt around its first match. */
const EXCERPT_WORDS = 30;

/**
 * The events of an article that the query matched, best first (most matched words, then page
 * order). Event pages are not indexed on their own: one page per event would make the index as
 * many files and the indexer's memory grow with them (37,000 pages at 1,000 articles). Each event
 * is a list item with its id inside the article's timeline section, so a match located between one
 * item's first word and the next item's (or the section's end) belongs to that event.
 */
export function eventHits(result: ArticleResult, limit: number): SearchHit[] {
  const anchors = [...result.anchors].sort((a, b) => a.location - b.location);
  const start = anchors.findIndex((anchor) => anchor.element === 'h2' && anchor.id === TIMELINE_HEADING);
  if (start < 0) return [];
  const sectionEnd = anchors.slice(start + 1).find((anchor) => anchor.element === 'h2')?.location ?? Number.POSITIVE_INFINITY;
  const events = anchors.slice(start + 1).filter((anchor) => anchor.element === 'li' && anchor.location < sectionEnd);
  // Pagefind's own word separator, so its locations index these words.
  const words = result.content.split(/[^\S\uFEFF]+/);
  const matched = new Set(result.locations);
  const hits = events.flatMap((event, index) => {
    const end = Math.min(events[index + 1]?.location ?? sectionEnd, sectionEnd, words.length);
    const inEvent = result.locations.filter((location) => location >= event.location && location < end).sort((a, b) => a - b);
    const first = inEvent[0];
    if (first === undefined) return [];
    // The item opens with its date, which is the hit's title: the excerpt starts after it.
    const title = event.text.trim().split(/[^\S\uFEFF]+/);
    const start =
      title.every((word, offset) => words[event.location + offset] === word) && first >= event.location + title.length
        ? event.location + title.length
        : event.location;
    const from = Math.max(start, Math.min(first - Math.floor(EXCERPT_WORDS / 3), end - EXCERPT_WORDS));
    const to = Math.min(end, from + EXCERPT_WORDS);
    return [
      {
        order: index,
        count: new Set(inEvent).size,
        hit: {
          url: `${result.url}events/${encodeURIComponent(event.id)}/`,
          title: event.text.trim() || 'Event',
          context: `Event · ${result.articleTitle}`,
          excerpt: wordRuns(words, from, to, matched),
        },
      },
    ];
  });
  return hits
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, limit)
    .map(({ hit }) => hit);
}

/** Words `from`–`to` as text runs, matched words marked and the spaces between words unmarked. */
function wordRuns(words: readonly string[], from: number, to: number, matched: ReadonlySet<number>): SearchHit['excerpt'] {
  const runs: SearchHit['excerpt'] = [];
  const append = (text: string, marked: boolean) => {
    const last = runs.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else runs.push({ text, marked });
  };
  for (let index = from; index < to; index += 1) {
    const word = words[index] ?? '';
    if (word === '') continue;
    if (runs.length > 0) append(' ', false);
    append(word, matched.has(index));
  }
  return runs;
}
