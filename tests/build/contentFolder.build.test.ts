import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildSite, REPO, SHARED } from '../support/buildSite.ts';

const SEED_TXT = path.join(SHARED, 'seed/000_0ec5ce9be92ef564.txt');
if (!existsSync(SEED_TXT)) console.warn(`contentFolder: ${SEED_TXT} is missing; using the repository's copy of the seed as a .txt`);

describe('a content folder as the dataset ships it', () => {
  it(
    'builds .txt articles and articles in subfolders, grouped by folder, the same file twice built once, with their event-id records beside the others',
    { timeout: 300_000 },
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'content-folder-'));
      await copyFile(existsSync(SEED_TXT) ? SEED_TXT : path.join(REPO, 'content/battle-of-al-qusayr-2012.md'), path.join(dir, '000_seed.txt'));
      // The same article again under the name content/ gives it: one page, and a warning.
      await copyFile(path.join(dir, '000_seed.txt'), path.join(dir, 'battle-of-al-qusayr-2012.md'));
      await mkdir(path.join(dir, 'ukraine'));
      await mkdir(path.join(dir, 'event-ids'));
      await writeFile(
        path.join(dir, 'ukraine/kupiansk.md'),
        '---\ntitle: Battle of Kupiansk (2022)\n---\n\nOn 10 September 2022, Ukrainian forces entered Kupiansk.\n',
      );
      const build = await buildSite({ contentDir: dir });
      expect(build.code, build.stderr).toBe(0);
      expect(build.stdout + build.stderr).toMatch(/battle-of-al-qusayr-2012\.md: the same text as .*000_seed\.txt; built once/);
      for (const page of ['battle-of-al-qusayr-2012', 'battle-of-kupiansk-2022'])
        expect(existsSync(path.join(build.outDir, page, 'index.html')), page).toBe(true);
      const record = JSON.parse(await readFile(path.join(dir, 'event-ids/ukraine/kupiansk.json'), 'utf8')) as unknown;
      expect(JSON.stringify(record)).toContain('2022-09-10');
      expect(existsSync(path.join(dir, 'event-ids/000_seed.json'))).toBe(true);
      // The subfolder names the article's group on the home page.
      const home = load(await readFile(path.join(build.outDir, 'index.html'), 'utf8'));
      expect(
        home('h2')
          .map((_, heading) => home(heading).text().trim())
          .get(),
      ).toContain('Ukraine');
    },
  );
});
