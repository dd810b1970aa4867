/**
 * Scores an extracted timeline against a gold one. An event is right when its
 * sentence is a gold event (the gold quote begins the sentence, in the same
 * section) and its date, precision and qualifier are exactly the gold's; each
 * gold event can be matched once. Pure: plain events in, counts out.
 */
import type { TimelineEvent } from '../../src/timeline/types.ts';
import type { GoldEvent } from './goldTimeline.ts';

/** What the scorer reads of an extracted event. */
export type ScoredEvent = Pick<TimelineEvent, 'date' | 'precision' | 'qualifier' | 'end' | 'text' | 'section'>;

/** One disagreement between the extractor and the gold. */
export type Disagreement =
  /** The sentence is a gold event, but the date, precision or qualifier differ. */
  | { kind: 'wrong'; gold: GoldEvent; event: ScoredEvent }
  /** A gold event no extracted event matches. */
  | { kind: 'missed'; gold: GoldEvent }
  /** An extracted event whose sentence is not (or no longer) a gold event. */
  | { kind: 'extra'; event: ScoredEvent };

export interface TimelineScore {
  /** Gold events. */
  gold: number;
  /** Extracted events scored (those in scope). */
  found: number;
  /** Extracted events that are right. */
  correct: number;
  /** Right events whose `end` differs from the gold's (not counted against F1). */
  endMismatches: number;
  precision: number;
  recall: number;
  f1: number;
  disagreements: Disagreement[];
}

/** Whitespace runs as one space: paragraphs wrapped over lines read the same as the quote. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function sameSentence(gold: GoldEvent, event: ScoredEvent): boolean {
  return gold.section === event.section && squash(event.text).startsWith(squash(gold.quote));
}

function sameDate(gold: GoldEvent, event: ScoredEvent): boolean {
  return gold.date === event.date && gold.precision === event.precision && gold.qualifier === event.qualifier;
}

/**
 * Scores `events` against `gold`. With `scope`, only events whose section is
 * listed count (the gold of a long article may cover some sections only).
 * Right pairs are matched first, so a sentence with two extracted dates is
 * right when either is the gold's, and the other counts as an extra.
 */
export function scoreTimeline(events: readonly ScoredEvent[], gold: readonly GoldEvent[], scope?: readonly string[]): TimelineScore {
  const scored = scope === undefined ? events : events.filter((event) => scope.includes(event.section));
  const goldTaken = new Set<number>();
  const pairOf = new Map<number, number>();

  const match = (accept: (golden: GoldEvent, event: ScoredEvent) => boolean): void => {
    scored.forEach((event, eventIndex) => {
      if (pairOf.has(eventIndex)) return;
      const goldIndex = gold.findIndex((golden, index) => !goldTaken.has(index) && sameSentence(golden, event) && accept(golden, event));
      if (goldIndex < 0) return;
      goldTaken.add(goldIndex);
      pairOf.set(eventIndex, goldIndex);
    });
  };
  match(sameDate);
  match(() => true);

  const disagreements: Disagreement[] = [];
  let correct = 0;
  let endMismatches = 0;
  scored.forEach((event, eventIndex) => {
    const golden = gold[pairOf.get(eventIndex) ?? -1];
    if (golden === undefined) disagreements.push({ kind: 'extra', event });
    else if (!sameDate(golden, event)) disagreements.push({ kind: 'wrong', gold: golden, event });
    else {
      correct += 1;
      if (golden.end !== event.end) endMismatches += 1;
    }
  });
  gold.forEach((golden, index) => {
    if (!goldTaken.has(index)) disagreements.push({ kind: 'missed', gold: golden });
  });

  // An empty timeline that should be empty is perfect.
  const precision = scored.length === 0 ? (gold.length === 0 ? 1 : 0) : correct / scored.length;
  const recall = gold.length === 0 ? (scored.length === 0 ? 1 : 0) : correct / gold.length;
  // 2PR/(P+R) written with counts, so a floor such as 0.8 compares exactly.
  const f1 = scored.length + gold.length === 0 ? 1 : (2 * correct) / (scored.length + gold.length);
  return { gold: gold.length, found: scored.length, correct, endMismatches, precision, recall, f1, disagreements };
}
