import type { EventIdRecord, IssuedEvent, RetiredEvent } from '../schemas/eventIdRecord.ts';

/** An event as extraction gave it: the id it would get on its own, its date and sentence. */
export interface FreshEvent {
  id: string;
  date: string;
  text: string;
}

/** An id that stopped naming an event in this build, and where its links now lead. */
export interface MovedId {
  from: string;
  /** The live event id it redirects to, or "" for the article. */
  to: string;
}

export interface ReconciledIds {
  /** The id of each event, in the order given. */
  ids: string[];
  /** The record to keep for the next build. */
  record: EventIdRecord;
  /** Ids retired by this build (the build prints them). */
  moved: MovedId[];
  /** Retired ids that this build gave back to a returning event. */
  revived: string[];
}

/** Words two versions of one sentence must share (Jaccard) to be taken as the same event. */
const SAME_DATE_SIMILARITY = 0.5;
/** When the date changed too, the sentence must be nearly the same. */
const OTHER_DATE_SIMILARITY = 0.8;

/**
 * Gives each extracted event the id it was issued before, so published links keep working when
 * the prose is edited. An event takes a recorded id (live or retired) when it has the same date
 * and shares at least half its words with the recorded sentence, or a different date and 80 %;
 * best pairs first, each id at most once. Events that match nothing keep their fresh id (made
 * unique against every id ever issued). Recorded ids that match nothing are retired, pointing at
 * the nearest surviving event before them in the old order (else after them, else the article).
 * Pure and order-independent of object keys: the same inputs always give the same record.
 */
export function reconcileEventIds(events: readonly FreshEvent[], previous: EventIdRecord | undefined): ReconciledIds {
  if (!previous) return { ids: uniqueIds(events.map((event) => event.id)), record: freshRecord(events), moved: [], revived: [] };
  const candidates: (IssuedEvent | RetiredEvent)[] = [...previous.issued, ...previous.retired];
  const match = matchEvents(events, candidates);

  const everIssued = new Set(candidates.map((candidate) => candidate.id));
  const ids = events.map((event, index) => {
    const matched = match.get(index);
    if (matched !== undefined) return candidates[matched]?.id ?? event.id;
    let id = event.id;
    for (let repeat = 2; everIssued.has(id); repeat += 1) id = `${event.id}-${repeat}`;
    everIssued.add(id);
    return id;
  });
  const live = new Set(ids);
  const issued = events.map((event, index) => ({ id: ids[index] ?? event.id, date: event.date, text: event.text }));

  const moved: MovedId[] = [];
  const retiredNow: RetiredEvent[] = previous.issued.flatMap((old, index) => {
    if (live.has(old.id)) return [];
    const to = nearestLive(previous.issued, index, live);
    moved.push({ from: old.id, to });
    return [{ ...old, to }];
  });
  const stillRetired = previous.retired.filter((old) => !live.has(old.id));
  const revived = previous.retired.filter((old) => live.has(old.id)).map((old) => old.id);
  const byId = new Map([...stillRetired, ...retiredNow].map((entry) => [entry.id, entry]));
  const retired = [...byId.values()]
    .map((entry) => ({ ...entry, to: resolveTarget(entry.to, byId, live) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ids, record: { issued, retired }, moved, revived };
}

function freshRecord(events: readonly FreshEvent[]): EventIdRecord {
  const ids = uniqueIds(events.map((event) => event.id));
  return { issued: events.map((event, index) => ({ id: ids[index] ?? event.id, date: event.date, text: event.text })), retired: [] };
}

/** Extraction already makes ids unique; this only guards a record written by hand. */
function uniqueIds(ids: string[]): string[] {
  const taken = new Set<string>();
  return ids.map((wanted) => {
    let id = wanted;
    for (let repeat = 2; taken.has(id); repeat += 1) id = `${wanted}-${repeat}`;
    taken.add(id);
    return id;
  });
}

/** Event index → candidate index, best pairs first. */
function matchEvents(events: readonly FreshEvent[], candidates: readonly IssuedEvent[]): Map<number, number> {
  const eventWords = events.map((event) => wordSet(event.text));
  const candidateWords = candidates.map((candidate) => wordSet(candidate.text));
  const pairs: { event: number; candidate: number; sameDate: boolean; score: number }[] = [];
  events.forEach((event, eventIndex) => {
    candidates.forEach((candidate, candidateIndex) => {
      const sameDate = candidate.date === event.date;
      // An unchanged sentence is the common case: no need to count words.
      const score = candidate.text === event.text ? 1 : jaccard(eventWords[eventIndex], candidateWords[candidateIndex]);
      if (score >= (sameDate ? SAME_DATE_SIMILARITY : OTHER_DATE_SIMILARITY)) pairs.push({ event: eventIndex, candidate: candidateIndex, sameDate, score });
    });
  });
  pairs.sort((a, b) => Number(b.sameDate) - Number(a.sameDate) || b.score - a.score || a.event - b.event || a.candidate - b.candidate);
  const match = new Map<number, number>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (match.has(pair.event) || used.has(pair.candidate)) continue;
    match.set(pair.event, pair.candidate);
    used.add(pair.candidate);
  }
  return match;
}

/** Lowercased words, reference markers (`[12]`) and punctuation left out. */
export function wordSet(text: string): Set<string> {
  const words = text
    .replace(/\[[^\]]*\]/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return new Set(words);
}

function jaccard(a: Set<string> | undefined, b: Set<string> | undefined): number {
  if (!a || !b || (a.size === 0 && b.size === 0)) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The nearest id before `index` that is still live, else after it, else "" (the article). */
function nearestLive(order: readonly IssuedEvent[], index: number, live: ReadonlySet<string>): string {
  for (let before = index - 1; before >= 0; before -= 1) {
    const id = order[before]?.id;
    if (id !== undefined && live.has(id)) return id;
  }
  for (let after = index + 1; after < order.length; after += 1) {
    const id = order[after]?.id;
    if (id !== undefined && live.has(id)) return id;
  }
  return '';
}

/** Follows retired targets to a live id; a target that is gone without a trail leads to the article. */
function resolveTarget(to: string, retired: ReadonlyMap<string, RetiredEvent>, live: ReadonlySet<string>): string {
  const seen = new Set<string>();
  let target = to;
  while (target !== '' && !live.has(target)) {
    if (seen.has(target)) return '';
    seen.add(target);
    target = retired.get(target)?.to ?? '';
  }
  return target;
}
