import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { load } from 'cheerio';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import type { EventIdRecord } from '../../src/schemas/eventIdRecord.ts';
import { baseEventId } from '../../src/timeline/eventId.ts';
import { launchBrowser, openGuardedPage } from '../support/browser.ts';
import { buildSite, REPO, type BuildResult } from '../support/buildSite.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const SLUG = 'battle-of-al-qusayr-2012';
const SEED = path.join(REPO, 'content', `${SLUG}.md`);
/** Where the site says it lives (for canonical URLs); the test serves it locally, where links are paths. */
const ORIGIN = 'https://example.org';
const ADDED = 'On 5 March 2012, a relief convoy reached the town from the north.';

/** One issued event and what an editor did to its sentence. */
interface Edit {
  id: string;
  date: string;
  before: string;
  /** The sentence after the edit; undefined when it was deleted. */
  after: string | undefined;
}

/**
 * Changes a word in five dated sentences, deletes one and adds one, as an editor updating the
 * article would. Only sentences written as is in the markdown, and given by one event, are
 * touched; the changed word is one the event's id was made from, so an id made afresh from the
 * new sentence would differ: only the record can keep the link.
 */
function editProse(markdown: string, issued: EventIdRecord['issued']): { markdown: string; edits: Edit[] } {
  const once = issued.filter(
    (event) => markdown.split(event.text).length === 2 && issued.filter((other) => other.text === event.text).length === 1 && idWord(event) !== undefined,
  );
  // Spread over the article: the 2nd, 6th, 10th… candidates are edited, a later one deleted.
  const picked = [1, 5, 9, 13, 17].map((index) => once[index]).filter((event) => event !== undefined);
  const deleted = once[21];
  if (picked.length < 5 || !deleted) throw new Error('the seed has fewer sentences to edit than this test needs');
  let text = markdown;
  const changed = new Map<string, string>();
  for (const event of picked) {
    const word = idWord(event);
    if (!word) continue;
    const after = `${event.text.slice(0, word.index)}altered${event.text.slice(word.index + word.word.length)}`;
    text = text.replace(event.text, after);
    changed.set(event.id, after);
  }
  text = text.replace(`${deleted.text} `, '').replace(deleted.text, '');
  const anchor = once[3];
  if (!anchor) throw new Error('no sentence to add one after');
  text = text.replace(anchor.text, `${anchor.text} ${ADDED}`);
  const edits = issued.map((event) => ({
    id: event.id,
    date: event.date,
    before: event.text,
    after: event.id === deleted.id ? undefined : (changed.get(event.id) ?? event.text),
  }));
  return { markdown: text, edits };
}

/** The last word of the id that the sentence has, lowercase as it is, with where it stands. */
function idWord(event: { id: string; text: string }): { word: string; index: number } | undefined {
  const words = event.id.split('-').filter((word) => /^[a-z]{4,}$/.test(word));
  for (const word of words.reverse()) {
    const match = new RegExp(`\\b${word}\\b`).exec(event.text);
    if (match) return { word, index: match.index };
  }
  return undefined;
}

/**
 * Links shared before an edit of the prose keep leading to their event: built twice from one
 * content folder with an `event-ids/` record, the second time after the edit, then every old
 * event page URL and every old `#anchor` is followed in Chromium.
 */
describe('links shared before an edit of the article, in Chromium', () => {
  let content: string;
  let first: BuildResult;
  let second: BuildResult;
  let edits: Edit[];
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    content = await mkdtemp(path.join(tmpdir(), 'stable-links-'));
    await cp(SEED, path.join(content, `${SLUG}.md`));
    await mkdir(path.join(content, 'event-ids'));
    first = await buildSite({ contentDir: content, env: { SITE_URL: ORIGIN } });
    expect(first.code, first.stderr).toBe(0);
    const record = JSON.parse(await readFile(path.join(content, 'event-ids', `${SLUG}.json`), 'utf8')) as EventIdRecord;
    const edited = editProse(await readFile(SEED, 'utf8'), record.issued);
    edits = edited.edits;
    await writeFile(path.join(content, `${SLUG}.md`), edited.markdown);
    second = await buildSite({ contentDir: content, env: { SITE_URL: ORIGIN } });
    expect(second.code, second.stderr).toBe(0);
    server = await startStaticServer(second.outDir);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The sentence an old id must lead to: its own, as edited; for the deleted one, the event before it. */
  const expected = (index: number): string => {
    for (let at = index; at >= 0; at -= 1) {
      const after = edits[at]?.after;
      if (after !== undefined) return after;
    }
    throw new Error('no event before the deleted one');
  };

  it('the edit changed five sentences, deleted one and added one, and the build said which id moved', () => {
    const changed = edits.filter((edit) => edit.after !== undefined && edit.after !== edit.before);
    expect(changed).toHaveLength(5);
    // Made afresh from the edited sentence, each id would be another: only the record keeps it.
    for (const edit of changed) expect(baseEventId(edit.date, edit.after ?? ''), edit.id).not.toBe(baseEventId(edit.date, edit.before));
    const deleted = edits.find((edit) => edit.after === undefined);
    expect(second.stdout).toMatch(new RegExp(`event id ${deleted?.id} moved: its links now lead to event `));
  });

  it('every old event page URL leads to its event’s page, or the deleted one to its neighbour’s', async () => {
    const { page, context, errors } = await openGuardedPage(browser, server.origin);
    for (const [index, edit] of edits.entries()) {
      const response = await page.goto(`${server.url}${SLUG}/events/${edit.id}/`);
      expect(response?.status(), edit.id).toBe(200);
      if (edit.after === undefined) await page.waitForURL((url) => !url.pathname.includes(edit.id));
      expect((await page.locator('blockquote.event-page-text').textContent())?.trim(), edit.id).toBe(expected(index));
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('every old #anchor of the article leads to its event, or the deleted one to its neighbour', async () => {
    const { page, context, errors } = await openGuardedPage(browser, server.origin);
    for (const [index, edit] of edits.entries()) {
      await page.goto('about:blank');
      await page.goto(`${server.url}${SLUG}/#${edit.id}`, { waitUntil: 'domcontentloaded' });
      // The event's whole sentence: its own paragraph, or the one under a shorter headline.
      const target = () => page.evaluate(() => document.querySelector(':target :is(.timeline-full, p.timeline-text)')?.textContent?.trim());
      await expect.poll(target, { message: edit.id }).toBe(expected(index));
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('leaves at the deleted id a valid redirect page: meta refresh, canonical and a link to the neighbour', async () => {
    const deleted = edits.find((edit) => edit.after === undefined);
    const file = path.join(second.outDir, SLUG, 'events', deleted?.id ?? '', 'index.html');
    const html = await readFile(file, 'utf8');
    const $ = load(html);
    const target = $('a.moved-to').attr('href') ?? '';
    expect(target).toMatch(new RegExp(`^/${SLUG}/events/[^/]+/$`));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
    expect($('link[rel=canonical]').attr('href')).toBe(`${ORIGIN}${target}`);
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(html, file);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });

  it('the added sentence has a page of its own', async () => {
    const record = JSON.parse(await readFile(path.join(content, 'event-ids', `${SLUG}.json`), 'utf8')) as EventIdRecord;
    const added = record.issued.find((event) => event.text === ADDED);
    expect(added).toBeDefined();
    expect(edits.some((edit) => edit.id === added?.id)).toBe(false);
    const { page, context } = await openGuardedPage(browser, server.origin);
    await page.goto(`${server.url}${SLUG}/events/${added?.id}/`);
    expect(await page.locator('h1 time').textContent()).toBe('5 March 2012');
    await context.close();
  });
});
