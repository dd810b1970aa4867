import { describe, expect, it } from 'vitest';
import { toRichText, wikipediaUrl } from '../../../src/model/richText.ts';

describe('toRichText', () => {
  it('turns * lines into one list and keeps other lines as lines', () => {
    const blocks = toRichText({ text: 'Syrian Arab Republic\n*Syrian Army\n*Security agencies\nHezbollah' });
    expect(blocks.map((block) => block.kind)).toEqual(['line', 'list', 'line']);
    const list = blocks[1];
    expect(list?.kind === 'list' && list.items.map((runs) => runs.map((run) => run.text).join(''))).toEqual(['Syrian Army', 'Security agencies']);
  });

  it('shows a spaced hyphen as the dash Wikipedia writes, and leaves hyphenated words alone', () => {
    const blocks = toRichText({ text: '10 February - 20 April 2012\nAl-Qusayr -- T-62 tanks', links: [{ page: 'Al-Qusayr' }] });
    const lines = blocks.map((block) => (block.kind === 'line' ? block.runs.map((run) => run.text).join('') : ''));
    expect(lines).toEqual(['10 February – 20 April 2012', 'Al-Qusayr – T-62 tanks']);
  });

  it('links a link’s text, or else its page name, to Wikipedia', () => {
    const blocks = toRichText({
      text: 'Al-Qusayr, Homs Governorate, Syria',
      links: [
        { text: 'Al-Qusayr', type: 'internal', page: 'Al-Qusayr, Syria' },
        { type: 'internal', page: 'Homs Governorate' },
      ],
    });
    const runs = blocks[0]?.kind === 'line' ? blocks[0].runs : [];
    expect(runs).toEqual([
      { text: 'Al-Qusayr', href: 'https://en.wikipedia.org/wiki/Al-Qusayr,_Syria' },
      { text: ', ' },
      { text: 'Homs Governorate', href: 'https://en.wikipedia.org/wiki/Homs_Governorate' },
      { text: ', Syria' },
    ]);
  });

  it('links the second occurrence when the first is taken', () => {
    const blocks = toRichText({ text: 'Syria and Syria', links: [{ page: 'Syria' }, { page: 'Syria' }] });
    const runs = blocks[0]?.kind === 'line' ? blocks[0].runs : [];
    expect(runs.filter((run) => run.href)).toHaveLength(2);
  });

  it('marks bold and italic phrases', () => {
    const blocks = toRichText({ text: 'Free Syrian Army', formatting: { bold: ['Free Syrian Army'] }, links: [{ page: 'Free Syrian Army' }] });
    const runs = blocks[0]?.kind === 'line' ? blocks[0].runs : [];
    expect(runs).toEqual([{ text: 'Free Syrian Army', bold: true, href: 'https://en.wikipedia.org/wiki/Free_Syrian_Army' }]);
  });

  it('treats the dataset’s "undefined" page as the link text', () => {
    const blocks = toRichText({ text: 'Syria', links: [{ text: 'Syria', page: 'undefined' }] });
    expect(blocks[0]?.kind === 'line' && blocks[0].runs[0]?.href).toBe('https://en.wikipedia.org/wiki/Syria');
  });

  it('keeps emoji flags whole', () => {
    const blocks = toRichText({ text: '🇺🇦 Ukraine', links: [{ text: 'Ukraine', page: 'ukraine' }] });
    expect(blocks[0]?.kind === 'line' && blocks[0].runs).toEqual([{ text: '🇺🇦 ' }, { text: 'Ukraine', href: 'https://en.wikipedia.org/wiki/ukraine' }]);
  });
});

describe('wikipediaUrl', () => {
  it('encodes titles the way Wikipedia links them', () => {
    expect(wikipediaUrl('Military Intelligence Directorate (Syria)')).toBe('https://en.wikipedia.org/wiki/Military_Intelligence_Directorate_(Syria)');
    expect(wikipediaUrl('Kerch–Yenikale Canal')).toBe('https://en.wikipedia.org/wiki/Kerch%E2%80%93Yenikale_Canal');
    expect(wikipediaUrl('Syrian Democratic Forces military councils', 'Al-Bab')).toBe(
      'https://en.wikipedia.org/wiki/Syrian_Democratic_Forces_military_councils#Al-Bab',
    );
  });
});
