import { describe, expect, it } from 'vitest';
import { articleKind } from '../../../src/model/articleKind.ts';
import { buildInfobox } from '../../../src/model/buildInfobox.ts';
import type { Frontmatter, Infobox } from '../../../src/schemas/frontmatter.ts';

const kind = (frontmatter: Frontmatter) => {
  const box: Infobox | undefined = frontmatter.infoboxes?.[0];
  return articleKind(frontmatter, box ? buildInfobox(box, frontmatter.title) : undefined);
};

describe('articleKind: battle, news post or other article', () => {
  it('a post marked News is news, whatever else it has', () => {
    expect(kind({ title: 'Battle of Makariv 2022', category: 'News', author: '@pirocorp' })).toBe('news');
  });

  it('a dated post with no infobox that Wikipedia did not write is news', () => {
    expect(kind({ title: 'First post in this category', pubDate: 'Jul 08 2022' })).toBe('news');
  });

  it('a Wikipedia article stamped with a copy date is not news', () => {
    expect(kind({ title: '2022 Russian invasion of Ukraine', author: 'Wikipedia', pubDate: '14 Jul 2022', infoboxes: [{}] })).toBe('event');
  });

  it('a conflict infobox makes an event; a settlement, unit or bridge infobox something else', () => {
    expect(kind({ title: 'Battle of Hosn', infoboxes: [{ combatant1: { text: 'A' }, combatant2: { text: 'B' }, result: { text: 'A won' } }] })).toBe('event');
    expect(kind({ title: 'Atme', infoboxes: [{ official_name: { text: 'Atme' }, settlement_type: { text: 'Town' } }] })).toBe('other');
    expect(kind({ title: 'Crimean Bridge', infoboxes: [{ bridge_name: { text: 'Crimean Bridge' }, crosses: { text: 'Kerch Strait' } }] })).toBe('other');
  });

  it('an attack, a massacre or an operation is an event: its box has a date and what it was part of or whom it struck', () => {
    const attack = {
      title: { text: 'Kramatorsk railway station attack' },
      date: { text: '8 April 2022' },
      partof: { text: 'the Russian invasion of Ukraine' },
    };
    expect(kind({ title: 'Kramatorsk railway station attack', infoboxes: [attack] })).toBe('event');
    const massacre = { title: { text: 'Solhan massacre' }, date: { text: '4–5 June 2021' }, target: { text: 'Civilians' } };
    expect(kind({ title: 'Solhan massacre', infoboxes: [massacre] })).toBe('event');
    // A unit's years of service are `dates`, and a town has no date at all.
    const unit = { unit_name: { text: '36th Marine Brigade' }, dates: { text: '2015–present' }, garrison: { text: 'Mykolaiv' } };
    expect(kind({ title: '36th Separate Marine Brigade', infoboxes: [unit] })).toBe('other');
  });

  it('with no infobox, the title and short description decide', () => {
    expect(kind({ title: 'Combat operations in 2012 during the Battle of Aleppo', infoboxes: [] })).toBe('event');
    expect(kind({ title: 'Donetsk', shortDescription: 'City in Ukraine' })).toBe('other');
  });
});
