/**
 * Prose → sentences. `Intl.Segmenter` does the splitting; this module repairs
 * its one weakness for encyclopaedic text: it ends a sentence after every
 * abbreviation followed by a capital ("Gen. Smith", "the U.S. Army", "Feb. 27").
 */

/** A sentence and where it sits in its paragraph's plain text. */
export interface Sentence {
  /** The sentence, trimmed, exactly as in the paragraph (inner whitespace untouched). */
  text: string;
  /** Offset of `text` in the paragraph. */
  start: number;
}

/** Abbreviations that always run on into the next word: titles, saints, numbers, months. */
const RUN_ON = new Set([
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'brig',
  'gov',
  'pres',
  'sen',
  'rep',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'ft',
  'vol',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'c',
  'ca',
  'approx',
  'vs',
  'v',
  'bn',
  'div',
  'regt',
  'co',
  'jr',
  'sr',
  'fig',
]);

/** Abbreviations that end sentences too ("…at 6 a.m."): run on only into a lowercase word or a number. */
const RUN_ON_BEFORE_LOWERCASE = new Set(['etc', 'e.g', 'i.e', 'inc', 'ltd']);
/**
 * Clock times: "At 6 a.m. Russian troops…" and "…, and at about 4 a.m. Turkish tanks crossed" run on, the time opening its clause
 * (after a date at most: "On 24 August at 4 a.m. Turkish tanks"), and so does a zone ("by 5 a.m. Moscow time and"); "The attack began at
 * about 5 a.m. Several hundred fighters arrived" and "…filmed on August 27, shortly after 4 a.m. Fires burn" end with the time, as
 * "…at 6 a.m. The next day…" does.
 */
const CLOCK = new Set(['a.m', 'p.m']);
const CLOCK_OPENS_CLAUSE =
  /(?:^|[;:]\s*|\b(?:and|but|then)\s+)(?:(?:On|In|By|Early|Late)\s+(?:\S+\s+){0,3}?)?(?:(?:[Aa]t|[Bb]y|[Ff]rom|[Uu]ntil|[Aa]fter|[Bb]efore|[Aa]round|[Aa]bout|[Ss]hortly|[Jj]ust|[Ss]oon|[Aa]pproximately)\s+)+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.\s*$/;
const TIME_ZONE_NEXT = /^\s*\S+\s+time\b/;

/** Words that begin a new sentence after an acronym ("…backed by the U.S. The next day…"). */
/** A ruler's title, name and one-letter numeral ("king Bahram V.", "Tsar Peter I."), which ends a sentence as "Peter II." does. */
const REGNAL_NUMERAL_END =
  /\b(?:king|queen|tsar|czar|tsarina|emperor|empress|shah|sultan|pope|khan|caliph|pharaoh|prince|princess|duke|grand\s+duke)\s+[A-Z][a-zà-ɏ]+\s+[IVX]\.\s*$/i;
const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'On',
  'In',
  'At',
  'By',
  'It',
  'He',
  'She',
  'They',
  'We',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'However',
  'Meanwhile',
  'After',
  'Before',
  'During',
  'Since',
  'Three',
  'Two',
  'Four',
  'Five',
  'Later',
  'According',
  // A time or a count of time opening the next sentence: "…began to move east at about 8:30 p.m. Around 10 p.m., tanks opened fire".
  'Around',
  'About',
  'Shortly',
  'Soon',
  'Within',
  'When',
  'Then',
  'Just',
  'Hours',
  'Minutes',
  'Moments',
  'Overnight',
  'Until',
]);

/** Characters around a break that decide whether it runs on: the longest word checked and its dot. */
const RUN_ON_CONTEXT = 64;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits a paragraph's plain text into trimmed sentences with their offsets. */
export function splitSentences(paragraph: string): Sentence[] {
  // The segmenter treats a newline as a hard break; a soft line break inside a
  // markdown paragraph is just a space, so segment a same-length copy.
  const flat = paragraph.replace(/[\r\n]/g, ' ');
  const pieces: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(flat)) {
    const previous = pieces.at(-1);
    if (previous !== undefined && runsOn(pieceEnd(flat, previous), segment.slice(0, RUN_ON_CONTEXT))) {
      previous.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  return pieces.flatMap(({ start, end }) => {
    const raw = paragraph.slice(start, end);
    const text = raw.trim();
    if (text === '') return [];
    return [{ text, start: start + (raw.length - raw.trimStart().length) }];
  });
}

/**
 * The last characters of a piece: only its last word matters, and reading all of it would make
 * "Gen. Gen. Gen. …" quadratic. A cut word gets a leading "…" so it never reads as an abbreviation.
 */
function pieceEnd(flat: string, piece: { start: number; end: number }): string {
  const from = piece.end - RUN_ON_CONTEXT;
  return from <= piece.start ? flat.slice(piece.start, piece.end) : `…${flat.slice(from, piece.end)}`;
}

/** Whether the segmenter broke after an abbreviation that belongs to the next words. */
function runsOn(before: string, next: string): boolean {
  // A quoted exclamation or question the sentence goes on after ('tweeted "Mission Accomplished!" that afternoon').
  if (/[!?]["”’']\s*$/.test(before)) return /^\s*[a-z]/.test(next);
  const lastWord = /(\S+)\.\s*$/.exec(before)?.[1];
  if (lastWord === undefined) return false;
  const bare = lastWord.replace(/^[("'“‘[]+/, '');
  const nextWord = /^\s*(\S+)/.exec(next)?.[1] ?? '';
  // A ruler's numeral ends the sentence ("the Sasanian king Bahram V. Excavations …"), though "V." may be "versus" or an initial.
  if (REGNAL_NUMERAL_END.test(before)) return false;
  if (RUN_ON.has(bare.toLowerCase())) return true;
  // "No. 5", but "…the answer was no. Then…".
  if (/^nos?$/i.test(bare)) return /^\d/.test(nextWord);
  // A single initial: "J. R. R. Tolkien".
  if (/^[A-Z]$/.test(bare)) return true;
  if (RUN_ON_BEFORE_LOWERCASE.has(bare.toLowerCase())) return /^[a-z0-9]/.test(nextWord);
  if (CLOCK.has(bare.toLowerCase()))
    return !SENTENCE_STARTERS.has(nextWord.replace(/[,;:]$/, '')) && (CLOCK_OPENS_CLAUSE.test(before) || TIME_ZONE_NEXT.test(next));
  // Dotted acronyms: "U.S.", "U.N.".
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(bare)) return !SENTENCE_STARTERS.has(nextWord.replace(/[,;:]$/, ''));
  return false;
}
