import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleStem, listArticleFiles } from '../../../src/loaders/listArticleFiles.ts';

describe('listArticleFiles', () => {
  it('finds .md and the dataset’s .txt articles, in subfolders too, but not records, hidden files or other files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'articles-'));
    for (const file of [
      'b.md',
      '000_0ec5ce9be92ef564.txt',
      'syria/hosn.md',
      'ukraine/east/bakhmut.TXT',
      'event-ids/b.json',
      'event-ids/x.md',
      '.draft.md',
      '.git/x.md',
      'site.yaml',
      'places.yaml',
      'b.png',
    ]) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), '');
    }
    expect(await listArticleFiles(dir)).toEqual(
      ['000_0ec5ce9be92ef564.txt', 'b.md', 'syria/hosn.md', 'ukraine/east/bakhmut.TXT'].map((file) => file.split('/').join(path.sep)),
    );
  });

  it('names an article’s record after its path in the folder', () => {
    expect(articleStem('battle-of-al-qusayr-2012.md')).toBe('battle-of-al-qusayr-2012');
    expect(articleStem(path.join('syria', 'hosn.txt'))).toBe('syria/hosn');
  });
});
