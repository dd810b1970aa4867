/** Sentence splitting with Intl.Segmenter, repaired for abbreviations. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/timeline/sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);

describe('splitting prose into sentences', () => {
  it('does not end a sentence at titles, initials, "No." and month abbreviations', () => {
    expect(texts('Gen. Smith met Lt. Col. Jones at St. Mary with J. R. Tolkien. It was No. 5 on Feb. 27 at dawn. Then it ended.')).toEqual([
      'Gen. Smith met Lt. Col. Jones at St. Mary with J. R. Tolkien.',
      'It was No. 5 on Feb. 27 at dawn.',
      'Then it ended.',
    ]);
  });

  it('ends a sentence at a ruler\'s one-letter numeral, which is no initial nor "v." for "versus"', () => {
    expect(texts('Tradition links it with the Sasanian king Bahram V. Excavations began in 1962. Smith v. Jones was heard.')).toEqual([
      'Tradition links it with the Sasanian king Bahram V.',
      'Excavations began in 1962.',
      'Smith v. Jones was heard.',
    ]);
    expect(texts('It was founded by Stefan V. Ivanov in 1901.')).toHaveLength(1);
  });

  it('runs on after "U.S." and a clock time opening its clause, unless a new sentence plainly starts', () => {
    expect(texts('At 6 a.m. U.S. troops left. It was backed by the U.S. The next day it rained. It ended at 5 p.m. The army left.')).toEqual([
      'At 6 a.m. U.S. troops left.',
      'It was backed by the U.S.',
      'The next day it rained.',
      'It ended at 5 p.m.',
      'The army left.',
    ]);
    // A clock time after a date, or after "and", still opens its clause; one closing a clause ends the sentence, whatever follows.
    expect(texts('On 24 August at 4 a.m. Turkish tanks crossed. Guns fired, and at about 4 a.m. Russian tanks crossed.')).toEqual([
      'On 24 August at 4 a.m. Turkish tanks crossed.',
      'Guns fired, and at about 4 a.m. Russian tanks crossed.',
    ]);
    expect(texts('The attack began at about 5 a.m. Several hundred fighters arrived. It was filmed on 27 August, shortly after 4 a.m. Fires burn.')).toEqual([
      'The attack began at about 5 a.m.',
      'Several hundred fighters arrived.',
      'It was filmed on 27 August, shortly after 4 a.m.',
      'Fires burn.',
    ]);
    // A time zone after the time belongs to it.
    expect(texts('It had ended by 5 a.m. Moscow time and nobody was left.')).toEqual(['It had ended by 5 a.m. Moscow time and nobody was left.']);
    // A time opening the next sentence ends the one a clock time closed.
    expect(texts('The column moved at about 8:30 p.m. Around 10 p.m., tanks opened fire.')).toEqual([
      'The column moved at about 8:30 p.m.',
      'Around 10 p.m., tanks opened fire.',
    ]);
  });

  it('keeps soft line breaks inside a sentence and reports offsets into the paragraph', () => {
    const paragraph = '  Fighting broke\nout on 28 September. It went on.';
    const sentences = splitSentences(paragraph);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Fighting broke\nout on 28 September.', 'It went on.']);
    for (const sentence of sentences) expect(paragraph.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('He said "tanks move. About a week ago, tanks came." In the following weeks, three died.')).toEqual([
      'He said "tanks move.',
      'About a week ago, tanks came."',
      'In the following weeks, three died.',
    ]);
  });

  it('runs on after a quoted exclamation or question followed by a lowercase word', () => {
    expect(texts('He tweeted "Mission Accomplished!" that afternoon, and it ended. She asked "Why?" Nobody answered.')).toEqual([
      'He tweeted "Mission Accomplished!" that afternoon, and it ended.',
      'She asked "Why?"',
      'Nobody answered.',
    ]);
  });
});
