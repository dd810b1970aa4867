import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventIdRecords } from '../../../src/loaders/eventIdRecords.ts';
import { loadPlaces } from '../../../src/loaders/loadPlaces.ts';
import { buildArticle } from '../../../src/loaders/buildArticle.ts';
import { articleSource } from '../../../src/model/articleSource.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join(REPO, 'content');

describe('the committed records of issued event ids', () => {
  it('are up to date with content/: building it moves no id and changes no record', async () => {
    const records = eventIdRecords(CONTENT, REPO);
    expect(records.enabled).toBe(true);
    const places = await loadPlaces(CONTENT, REPO);
    const articles = (await readdir(CONTENT)).filter((name) => name.endsWith('.md'));
    for (const name of articles) {
      const file = path.join(CONTENT, name);
      const record = await records.read(file);
      expect(record, `content/event-ids/${name.replace(/\.md$/, '.json')} is missing: build, then commit it`).toBeDefined();
      const built = await buildArticle(await readFile(file, 'utf8'), `content/${name}`, places, record);
      expect(built.eventIds.moved, name).toEqual([]);
      expect(built.eventIds.record, `${name}: build, then commit content/event-ids/`).toEqual(record);
      expect(built.data.timeline.map((event) => event.id)).toEqual(record?.issued.map((event) => event.id));
    }
  });

  it('are kept only where the content folder has an event-ids/ folder, and a damaged one names its file', async () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'no-records-'));
    const none = eventIdRecords(bare, bare);
    expect(none.enabled).toBe(false);
    expect(await none.write(path.join(bare, 'a.md'), { issued: [], retired: [] })).toBe(false);

    const dir = mkdtempSync(path.join(tmpdir(), 'records-'));
    mkdirSync(path.join(dir, 'event-ids'));
    const records = eventIdRecords(dir, dir);
    const record = { issued: [{ id: '2012-02-10-a', date: '2012-02-10', text: 'A.' }], retired: [] };
    expect(await records.write(path.join(dir, 'a.md'), record)).toBe(true);
    expect(await records.write(path.join(dir, 'a.md'), record)).toBe(false);
    expect(await records.read(path.join(dir, 'a.md'))).toEqual(record);
    writeFileSync(path.join(dir, 'event-ids', 'b.json'), '{"issued": [{"id": 3}], "retired": []}');
    await expect(records.read(path.join(dir, 'b.md'))).rejects.toThrow(/^event-ids\/b\.json: issued\.0\.id: /);
    writeFileSync(path.join(dir, 'event-ids', 'c.json'), '{ not json');
    await expect(records.read(path.join(dir, 'c.md'))).rejects.toThrow(/^event-ids\/c\.json: \(file\): is not JSON/);
  });
});

describe('articleSource', () => {
  it('links a Wikipedia article by its title under Wikipedia’s licence, and names a news post’s own author and no licence', () => {
    expect(articleSource({ title: 'Battle of al-Qusayr (2012)', author: 'Wikipedia' })).toEqual({
      label: 'the Wikipedia article “Battle of al-Qusayr (2012)”',
      url: 'https://en.wikipedia.org/wiki/Battle_of_al-Qusayr_(2012)',
      licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    });
    expect(articleSource({ title: 'Siege of "Tabqa" & co?' }).url).toBe('https://en.wikipedia.org/wiki/Siege_of_%22Tabqa%22_%26_co%3F');
    expect(articleSource({ title: 'Battle of Makariv 2022', author: '@pirocorp' })).toStrictEqual({
      label: 'a post by @pirocorp',
      url: undefined,
      licence: undefined,
    });
    // A blog template's placeholder names nobody.
    expect(articleSource({ title: 'Fighting continues', author: 'Unknown' })).toStrictEqual({ label: 'an unsigned post', url: undefined, licence: undefined });
  });

  it('does not send an unsigned news post to a Wikipedia article of its title, which does not exist', () => {
    const unsigned = { label: 'an unsigned post', url: undefined, licence: undefined };
    expect(articleSource({ title: 'Syria picks a parliament, but not by ballot' }, true)).toStrictEqual(unsigned);
    // A post that says it is Wikipedia's is linked all the same.
    expect(articleSource({ title: 'Battle of Hosn', author: 'Wikipedia' }, true).url).toBe('https://en.wikipedia.org/wiki/Battle_of_Hosn');
  });
});
