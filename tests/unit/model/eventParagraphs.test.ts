import { describe, expect, it } from 'vitest';
import { eventParagraphs } from '../../../src/model/eventParagraphs.ts';
import { parseMarkdownTree } from '../../../src/parse/parseMarkdownTree.ts';

describe('eventParagraphs: the paragraph an event page quotes around its sentence', () => {
  const post = [
    '### How did the deal work?',
    '',
    "Wikipedia sums up the deal's first year like this:",
    '',
    '> The deal was signed in Istanbul on 22 July 2022. The first ship left Odesa on 1 August.',
    '',
    'Russia left the deal on 17 July 2023. Strikes on Odesa followed.',
  ].join('\n');

  it('finds a sentence of a block quote the post tells as its own text, and of a plain paragraph', () => {
    const tree = parseMarkdownTree(post);
    const [quoted, plain] = eventParagraphs(tree, [
      { text: 'The first ship left Odesa on 1 August.', sectionId: 'how-did-the-deal-work' },
      { text: 'Russia left the deal on 17 July 2023.', sectionId: 'how-did-the-deal-work' },
    ]);
    expect(quoted).toBe('The deal was signed in Istanbul on 22 July 2022. The first ship left Odesa on 1 August.');
    expect(plain).toBe('Russia left the deal on 17 July 2023. Strikes on Odesa followed.');
  });
});
