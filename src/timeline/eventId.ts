/**
 * Anchor ids for timeline events: the date and a few words of the sentence
 * (`2012-02-25-fsa-eventually-able-turn-tide`). An id depends only on its own
 * event's date and sentence, so links survive rebuilds and edits elsewhere in
 * the article. Only when two events would share an id does a short hash of the
 * sentence tell them apart, and only byte-identical sentence and date pairs
 * fall back to a counter.
 */

/** Words that say nothing about the event. */
const STOP_WORDS = new Set(
  `a an the and or but of in on at to by for from with as into onto over under after before about
	around during since until than that this these those there their them they it its was were is are
	be been being had has have having he she his her him which who whom whose what when where while
	also then later reportedly said says say according other others some any all both each such not no
	would could should will may might can did do does so if out up off near between against per via
	day days week weeks month months year years next following same previous early mid late
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);

const MAX_WORDS = 5;
const MAX_LENGTH = 60;

/** The id an event would get if no other event shared it. */
export function baseEventId(date: string, text: string, dateText?: string): string {
  const withoutDate = dateText === undefined ? text : text.replace(dateText, ' ');
  const words = withoutDate
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters NFKD does not take apart: Turkish dotless i, ß, æ, ø, đ.
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(word) && !/^\d{4}$/.test(word))
    .slice(0, MAX_WORDS);
  let id = [date.replace(/^\+/, ''), ...words].join('-');
  while (id.length > MAX_LENGTH && id.includes('-', date.length + 1)) id = id.slice(0, id.lastIndexOf('-'));
  return id.slice(0, MAX_LENGTH);
}

/**
 * Ids for a page's events, in their order. Events whose base ids clash get
 * `-<hash of sentence>`; repeats of the very same sentence and date then get
 * `-2`, `-3`… in document order.
 */
export function assignEventIds(events: readonly { date: string; text: string; dateText?: string | undefined }[]): string[] {
  const bases = events.map((event) => baseEventId(event.date, event.text, event.dateText));
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const taken = new Set<string>();
  // Where each wanted id's counter got to: n repeats of one sentence cost n steps, not n²/2.
  const nextRepeat = new Map<string, number>();
  return bases.map((base, index) => {
    const wanted = counts.get(base) === 1 ? base : `${base}-${shortHash(events[index]?.text ?? '')}`;
    // A base can, rarely, spell another event's hashed id: the counter keeps ids unique whatever the text.
    let id = wanted;
    let repeat = nextRepeat.get(wanted) ?? 2;
    for (; taken.has(id); repeat += 1) id = `${wanted}-${repeat}`;
    nextRepeat.set(wanted, repeat);
    taken.add(id);
    return id;
  });
}

/** FNV-1a, 32 bits, as 6 base-36 characters: short, stable, and enough to split a handful of clashes. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}
