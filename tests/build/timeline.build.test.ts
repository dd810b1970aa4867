import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, REPO } from '../support/buildSite.ts';

const ARTICLE = 'battle-of-al-qusayr-2012';
const read = async (dir: string, file: string) => readFile(path.join(dir, ARTICLE, file), 'utf8');

describe('the timeline in the built seed page', () => {
  let $: CheerioAPI;
  let siteDir: string;
  beforeAll(async () => {
    siteDir = inject('siteDir');
    $ = load(await read(siteDir, 'index.html'));
  });

  it('lists every event in an <ol> with a unique id and a <time datetime>', () => {
    const events = $('.timeline ol > li.timeline-event');
    expect(events.length).toBeGreaterThanOrEqual(30);
    const ids = events.map((_, li) => $(li).attr('id')).get();
    const allIds = $('[id]')
      .map((_, element) => $(element).attr('id'))
      .get();
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const id of ids) expect(id).toMatch(/^-?\d{4}(-\d\d){0,2}-[a-z0-9-]+$/);
    expect(events.first().find('time').attr('datetime')).toBe('2011-11');
    expect($('#2012-02-25-fsa-eventually-able-turn-tide time').text()).toBe('25 February 2012');
    expect($(`li[id^="2012-07-"] time`).first().text()).toBe('early July 2012');
  });

  it('lists events in date order, grouped by year and month', () => {
    const years = $('.timeline-year-heading')
      .map((_, h) => $(h).text())
      .get();
    expect(years).toEqual(['2011', '2012', '2013']);
    const months = $('.timeline-phase')
      .map((_, h) => $(h).text())
      .get();
    expect(months.slice(0, 4)).toEqual(['November', 'February', 'March', 'April']);
    const starts = $('li.timeline-event time')
      .map((_, time) => ($(time).attr('datetime') ?? '').padEnd(10, '-00'))
      .get();
    expect(starts).toEqual([...starts].sort());
  });

  it('draws a time axis whose marks link to the events', () => {
    const marks = $('svg.time-axis-wide a.axis-mark');
    expect(marks.length).toBeGreaterThan(20);
    for (const mark of marks.toArray()) expect($(`li.timeline-event[id="${($(mark).attr('href') ?? '').slice(1)}"]`).length).toBe(1);
    expect($('svg.time-axis-wide .axis-span rect').length).toBe(1);
  });

  it('links both ways with the prose, without JavaScript', () => {
    const event = $('#2012-02-25-fsa-eventually-able-turn-tide');
    const context = event.find('a:contains("In context")').attr('href') ?? '';
    const sentence = $(context);
    expect(sentence.hasClass('event-source')).toBe(true);
    expect(sentence.text()).toContain('The FSA was eventually able to "turn the tide" on');
    expect(sentence.find('a.event-date').attr('href')).toBe('#2012-02-25-fsa-eventually-able-turn-tide');
    expect(event.find('a.permalink').attr('href')).toBe('#2012-02-25-fsa-eventually-able-turn-tide');
  });

  it('publishes timeline.json with the same events (in the article’s order; the page sorts them by date)', async () => {
    const events = JSON.parse(await read(siteDir, 'timeline.json')) as { id: string }[];
    const listed = $('li.timeline-event')
      .map((_, li) => $(li).attr('id'))
      .get();
    expect(events.map((event) => event.id).sort()).toEqual(listed.sort());
    expect(events.length).toBe(listed.length);
  });

  it('publishes exactly what `npm run --silent timeline` prints', async () => {
    const printed = execFileSync(process.execPath, [path.join(REPO, 'src/cli/timeline.ts'), path.join(REPO, 'content', `${ARTICLE}.md`)], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(printed).toBe(await read(siteDir, 'timeline.json'));
  });

  it('gives the same ids in a second build', async () => {
    const again = await buildSite({ contentDir: path.join(REPO, 'content') });
    expect(again.code, again.stderr).toBe(0);
    expect(await read(again.outDir, 'timeline.json')).toBe(await read(siteDir, 'timeline.json'));
  });
});
