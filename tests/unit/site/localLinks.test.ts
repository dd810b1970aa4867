import { describe, expect, it } from 'vitest';
import { localHref, wikipediaPage, type LocalTargets } from '../../../src/render/localLinks.ts';
import { localiseHtml, localiseInfobox } from '../../../src/render/localiseLinks.ts';
import { buildInfobox } from '../../../src/model/buildInfobox.ts';
import { wikipediaUrl } from '../../../src/model/richText.ts';

const targets: LocalTargets = new Map([
  ['battle-of-donbas', { path: '/sub/battle-of-donbas/', anchors: new Set(['timeline', 'map', 'siege-of-mariupol', '2022-04-18-russia-launched']) }],
  ['battle-of-al-qusayr-2012', { path: '/sub/battle-of-al-qusayr-2012/', anchors: new Set(['timeline']) }],
]);

describe('wikipediaPage: the article a Wikipedia URL names', () => {
  it('reads the title and section, with underscores and escapes undone', () => {
    expect(wikipediaPage('https://en.wikipedia.org/wiki/Battle_of_al-Qusayr_(2012)')).toEqual({ title: 'Battle of al-Qusayr (2012)' });
    expect(wikipediaPage('https://en.wikipedia.org/wiki/Battle_of_Donbas#Siege_of_Mariupol')).toEqual({
      title: 'Battle of Donbas',
      anchor: 'Siege of Mariupol',
    });
    expect(wikipediaPage('https://uk.wikipedia.org/wiki/%D0%94%D0%BE%D0%BD%D0%B1%D0%B0%D1%81')).toEqual({ title: 'Донбас' });
  });

  it('is undefined for files, special pages and other sites', () => {
    expect(wikipediaPage('https://wikipedia.org/wiki/Special:Redirect/file/Map.png?')).toBeUndefined();
    expect(wikipediaPage('https://en.wikipedia.org/wiki/File:Map.png')).toBeUndefined();
    expect(wikipediaPage('https://example.org/wiki/Battle_of_Donbas')).toBeUndefined();
    expect(wikipediaPage('https://en.wikipedia.org.evil.example/wiki/Battle_of_Donbas')).toBeUndefined();
    expect(wikipediaPage('not a url')).toBeUndefined();
  });
});

describe('localHref: a link to an article the site has stays on the site', () => {
  it('goes to the article, whatever the case of the title', () => {
    expect(localHref('https://en.wikipedia.org/wiki/Battle_of_donbas', targets)).toBe('/sub/battle-of-donbas/');
    expect(localHref(wikipediaUrl('Battle of al-Qusayr (2012)'), targets)).toBe('/sub/battle-of-al-qusayr-2012/');
  });

  it('keeps the anchor when the article has it (a section, the timeline, an event), drops it otherwise', () => {
    expect(localHref('https://en.wikipedia.org/wiki/Battle_of_Donbas#Siege_of_Mariupol', targets)).toBe('/sub/battle-of-donbas/#siege-of-mariupol');
    expect(localHref('https://en.wikipedia.org/wiki/Battle_of_Donbas#Timeline', targets)).toBe('/sub/battle-of-donbas/#timeline');
    expect(localHref('https://en.wikipedia.org/wiki/Battle_of_Donbas#2022-04-18-russia-launched', targets)).toBe(
      '/sub/battle-of-donbas/#2022-04-18-russia-launched',
    );
    expect(localHref('https://en.wikipedia.org/wiki/Battle_of_Donbas#Aftermath', targets)).toBe('/sub/battle-of-donbas/');
    // The dataset writes sections with their '#', which wikipediaUrl escapes.
    expect(localHref(wikipediaUrl('Battle of Donbas', '#Siege of Mariupol'), targets)).toBe('/sub/battle-of-donbas/#siege-of-mariupol');
  });

  it('leaves every other link alone', () => {
    expect(localHref('https://en.wikipedia.org/wiki/Syrian_civil_war', targets)).toBeUndefined();
    expect(localHref('https://example.org/', targets)).toBeUndefined();
  });
});

describe('localiseHtml and localiseInfobox', () => {
  it('rewrites only the links that name a site article, and keeps the rest of the HTML byte for byte when there is none', () => {
    const html =
      '<p>See <a href="https://en.wikipedia.org/wiki/Battle_of_Donbas#Timeline">the battle</a> and <a href="https://en.wikipedia.org/wiki/Donetsk">Donetsk</a>.</p>';
    expect(localiseHtml(html, targets)).toBe(
      '<p>See <a href="/sub/battle-of-donbas/#timeline">the battle</a> and <a href="https://en.wikipedia.org/wiki/Donetsk">Donetsk</a>.</p>',
    );
    const untouched = '<p>Only <a href="https://en.wikipedia.org/wiki/Donetsk">Donetsk</a>&#x26; more</p>';
    expect(localiseHtml(untouched, targets)).toBe(untouched);
  });

  it('rewrites the infobox part-of line and rows', () => {
    const infobox = buildInfobox(
      {
        partof: { text: 'the Battle of Donbas', links: [{ text: 'Battle of Donbas', page: 'Battle of Donbas' }] },
        place: { text: 'Donetsk', links: [{ text: 'Donetsk', page: 'Donetsk' }] },
        combatant1: { text: 'A' },
        combatant2: { text: 'B' },
      },
      'Siege',
    );
    if (!infobox) throw new Error('the fixture has an infobox');
    const local = localiseInfobox(infobox, targets);
    expect(local.partOf?.[0]).toMatchObject({ kind: 'line', runs: [{ text: 'the ' }, { text: 'Battle of Donbas', href: '/sub/battle-of-donbas/' }] });
    expect(JSON.stringify(local.rows)).toContain('"href":"https://en.wikipedia.org/wiki/Donetsk"');
  });
});
