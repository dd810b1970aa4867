import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldArticlePath, goldArticles, readGoldTimeline } from '../../support/goldTimeline.ts';

const folder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return `${dir}/`;
};

describe('gold timeline files', () => {
  it('reads every gold file with its scope, sorted by stem', () => {
    const dir = folder({
      'b_.json': '[{ "date": "2012-07", "precision": "month", "qualifier": "early", "quote": "In early July", "section": "" }]',
      'a_.json': '[]',
      'scope.json': '{ "b_": ["", "Battle"] }',
    });
    expect(goldArticles(dir)).toEqual([
      { stem: 'a_', events: [] },
      { stem: 'b_', events: [{ date: '2012-07', precision: 'month', qualifier: 'early', quote: 'In early July', section: '' }], scope: ['', 'Battle'] },
    ]);
  });

  it('rejects a bad file with one line naming the file and the field', () => {
    const dir = folder({ 'x_.json': '[{ "date": "10 July 2012", "precision": "day", "quote": "On 10 July", "section": "" }]' });
    expect(() => readGoldTimeline(`${dir}x_.json`)).toThrow(new RegExp(`^${dir}x_\\.json: 0\\.date: expected an ISO date`));
    const unknown = folder({ 'y_.json': '[{ "date": "2012", "precision": "year", "qualifier": "sometime", "quote": "In 2012", "section": "" }]' });
    expect(() => readGoldTimeline(`${unknown}y_.json`)).toThrow(/y_\.json: 0\.qualifier: /);
  });

  it("finds an article among the repository's own first, else in the shared corpus", () => {
    const gold = folder({});
    const corpus = folder({ 'own_.md': 'corpus', 'shared_.md': 'corpus' });
    mkdirSync(`${gold}articles`);
    writeFileSync(`${gold}articles/own_.md`, 'own');
    expect(goldArticlePath('own_', corpus, gold)).toBe(`${gold}articles/own_.md`);
    expect(goldArticlePath('shared_', corpus, gold)).toBe(`${corpus}shared_.md`);
    expect(goldArticlePath('absent_', corpus, gold)).toBeUndefined();
    expect(goldArticlePath('own_', '/nonexistent/', gold)).toBe(`${gold}articles/own_.md`);
  });
});
