import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignGroups, type GroupInput } from '../../../src/model/assignGroups.ts';
import { warNames } from '../../../src/model/conflictNames.ts';
import { ownDescription } from '../../../src/model/ownDescription.ts';
import { parseArticleFile } from '../../../src/parse/parseArticleFile.ts';
import type { Frontmatter } from '../../../src/schemas/frontmatter.ts';
import { siteSettingsSchema } from '../../../src/schemas/siteSettings.ts';

const defaults = siteSettingsSchema.parse({});
const article = (slug: string, frontmatter: Partial<Frontmatter> & { partof?: string }): GroupInput => {
  const { partof, ...rest } = frontmatter;
  return { slug, frontmatter: { title: slug, ...rest, ...(partof ? { infoboxes: [{ partof: { text: partof } }] } : {}) }, summary: rest.description };
};

describe('warNames: the wars a text names', () => {
  it.each([
    ['the Syrian Civil War', ['Syrian Civil War']],
    ['Battle of the Syrian civil war', ['Syrian civil war']],
    ['the Daraa insurgency of the Syrian civil war', ['Syrian civil war']],
    ['Escalation of the Russo-Ukrainian War', ['Russo-Ukrainian War']],
    ['War in Donbas 2022 Russian invasion of Ukraine', ['War in Donbas']],
    ['During the Second Nagorno-Karabakh War', ['Second Nagorno-Karabakh War']],
    ['Military operation', []],
  ])('%s', (text, names) => expect(warNames(text)).toEqual(names));
});

describe('assignGroups: every article in one group, from its own data', () => {
  it('puts an article sorted into a content subfolder in that folder’s group, after its own `conflict`', () => {
    const settings = siteSettingsSchema.parse({ groups: [{ name: 'Syrian civil war', match: ['Syria'] }] });
    const groups = assignGroups(
      [
        { ...article('hosn', { partof: 'Russo-Ukrainian War' }), folder: 'syria' },
        { ...article('bakhmut', {}), folder: 'ukraine_war/2023' },
        { ...article('own', { conflict: 'Sahel' }), folder: 'syria' },
      ],
      settings,
    );
    expect(groups.bySlug.get('hosn')).toBe('Syrian civil war');
    expect(groups.bySlug.get('bakhmut')).toBe('Ukraine war');
    expect(groups.bySlug.get('own')).toBe('Sahel');
  });

  it('joins spellings and minor names under the name most articles share', () => {
    const groups = assignGroups(
      [
        article('seed', { partof: 'the Syrian War early insurgency phase', shortDescription: 'Battle of the Syrian civil war' }),
        article('bab', { partof: 'the Operation Euphrates Shield and the Syrian Civil War' }),
        article('hosn', { partof: 'Syrian Civil War' }),
        article('kyiv', { shortDescription: 'Battle of the Russo-Ukrainian War' }),
      ],
      defaults,
    );
    expect(groups.bySlug.get('seed')).toBe('Syrian Civil War');
    expect(groups.bySlug.get('bab')).toBe('Syrian Civil War');
    expect(groups.bySlug.get('kyiv')).toBe('Russo-Ukrainian War');
    expect(groups.names).toEqual(['Syrian Civil War', 'Russo-Ukrainian War']);
  });

  it('between names as shared as each other, takes the more specific one', () => {
    const groups = assignGroups(
      [article('a', { partof: 'the Syrian War early insurgency phase', shortDescription: 'Battle of the Syrian civil war' })],
      defaults,
    );
    expect(groups.bySlug.get('a')).toBe('Syrian civil war');
  });

  it('puts configured groups first, in their order, matched by their words; the rest follow, the fallback last', () => {
    const settings = siteSettingsSchema.parse({
      groups: [
        { name: 'Sahel', match: ['Mali', 'Burkina Faso'] },
        { name: 'Caucasus', match: ['Karabakh'] },
      ],
    });
    const groups = assignGroups(
      [
        article('gao', { title: 'Battle of Gao', partof: 'the Mali War' }),
        article('shusha', { shortDescription: 'Battle of the Second Nagorno-Karabakh War' }),
        article('bridge', { shortDescription: 'Bridge to Crimea' }),
        article('kyiv', { shortDescription: 'Battle of the Russo-Ukrainian War' }),
      ],
      settings,
    );
    expect(Object.fromEntries(groups.bySlug)).toEqual({ gao: 'Sahel', shusha: 'Caucasus', bridge: 'Other articles', kyiv: 'Russo-Ukrainian War' });
    expect(groups.names).toEqual(['Sahel', 'Caucasus', 'Russo-Ukrainian War', 'Other articles']);
  });

  it('lets an article name its group in its frontmatter, matching a configured name in any case', () => {
    const settings = siteSettingsSchema.parse({ groups: [{ name: 'Syrian civil war' }] });
    const groups = assignGroups(
      [article('a', { conflict: 'SYRIAN CIVIL WAR' }), article('b', { conflict: 'Sahel', partof: 'the Syrian civil war' })],
      settings,
    );
    expect(Object.fromEntries(groups.bySlug)).toEqual({ a: 'Syrian civil war', b: 'Sahel' });
  });

  it('puts an article whose texts name no group and no war in the group of the country its map lies in', () => {
    const settings = siteSettingsSchema.parse({ groups: [{ name: 'Russo-Ukrainian War', match: ['Ukraine'] }] });
    const sumy = { ...article('sumy', { title: 'Palm Sunday missile strike on Sumy 2025' }), country: 'Ukraine' };
    const named = { ...article('named', { shortDescription: 'Battle of the Second Chechen War' }), country: 'Ukraine' };
    const elsewhere = { ...article('elsewhere', { title: 'A strike' }), country: 'Peru' };
    expect(Object.fromEntries(assignGroups([sumy, named, elsewhere], settings).bySlug)).toEqual({
      sumy: 'Russo-Ukrainian War',
      named: 'Second Chechen War',
      elsewhere: 'Other articles',
    });
  });

  it('does not match a configured word inside another word', () => {
    const settings = siteSettingsSchema.parse({ groups: [{ name: 'Mali', match: [] }] });
    expect(assignGroups([article('somalia', { title: 'Battle of Somalia' })], settings).bySlug.get('somalia')).toBe('Other articles');
  });

  const shared = path.resolve(import.meta.dirname, '../../../../shared');
  const corpus = path.join(shared, 'corpus');
  if (!existsSync(corpus)) console.warn(`[assignGroups] ${corpus} is absent: the real-dataset grouping test is skipped.`);
  it.skipIf(!existsSync(corpus))('groups the real dataset (seed + corpus) by the war its infoboxes and descriptions name', () => {
    const files = [path.join(shared, 'seed', readdirSync(path.join(shared, 'seed'))[0] ?? ''), ...readdirSync(corpus).map((name) => path.join(corpus, name))];
    const inputs = files.map((file) => {
      const { frontmatter, body } = parseArticleFile(readFileSync(file, 'utf8'), file);
      return { slug: path.basename(file), frontmatter, summary: ownDescription(frontmatter, body) };
    });
    const { bySlug } = assignGroups(inputs, defaults);
    const syrian = [...bySlug].filter(([, name]) => name === 'Syrian Civil War').map(([slug]) => slug);
    expect(syrian.sort()).toEqual(
      [
        '000_0ec5ce9be92ef564.txt',
        '2021_daraa_offensive_.md',
        'battle_of_al-bab_.md',
        'battle_of_al-qaryatayn__2015__.md',
        'battle_of_hosn_.md',
        'battle_of_markada_.md',
        'combat_operations_in_2012_during_the_battle_of_aleppo_.md',
      ].sort(),
    );
    expect(bySlug.get('2022_russian_invasion_of_ukraine_.md')).toBe('Russo-Ukrainian War');
  });
});
