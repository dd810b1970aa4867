import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, REPO, type BuildResult } from '../support/buildSite.ts';

const page = async (build: BuildResult, route: string): Promise<CheerioAPI> => load(await readFile(path.join(build.outDir, route, 'index.html'), 'utf8'));
const cellText = ($: CheerioAPI, element: Parameters<CheerioAPI>[0]) => $(element).text().replace(/\s+/g, ' ').trim();

describe('the seed builds into its article page and the index', () => {
  let build: BuildResult;
  let $: CheerioAPI;
  beforeAll(async () => {
    build = { code: 0, outDir: inject('siteDir'), stdout: '', stderr: '' };
    $ = await page(build, 'battle-of-al-qusayr-2012');
  });

  it('has the title, short description, lead and contents', () => {
    expect($('h1').text()).toBe('Battle of al-Qusayr (2012)');
    expect($('.short-description').text()).toBe('Battle of the Syrian civil war');
    expect($('.lead p').first().text()).toMatch(/^The first of the two battles in al-Qusayr/);
    expect(
      $('.toc a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(
      [
        '#background',
        '#2012-battle',
        '#major-fighting',
        '#fsa-advance',
        '#military-counter-attack',
        '#aftermath',
        '#stalemate',
        '#fsa-offensive',
        '#2013-government-counter-offensive',
      ].concat(
        $('.toc a').length > 9
          ? $('.toc a')
              .slice(9)
              .map((_, a) => $(a).attr('href') ?? '')
              .get()
          : [],
      ),
    );
  });

  it('gives every section heading an id and a # link to it', () => {
    const headings = $('.prose :is(h2, h3)');
    expect(headings.length).toBeGreaterThanOrEqual(9);
    headings.each((_, heading) => {
      const id = $(heading).attr('id');
      expect(id).toBeTruthy();
      // A folded section's heading is its <summary>; its link sits just before, outside the toggle.
      const folded = $(heading).parent('summary').length > 0;
      const anchor = folded ? $(heading).closest('.fold-section').children('a.heading-anchor') : $(heading).find('a.heading-anchor');
      expect(anchor.attr('href')).toBe(`#${id}`);
    });
  });

  it('holds its first paint until the lead and the side column are whole', () => {
    // Chromium lifts an expect link's block as the named element is inserted: it must come after them.
    const blocker = $('head link[rel="expect"][blocking="render"]');
    expect(blocker.attr('href')).toBe('#article-body');
    expect($('[id="article-body"]').length).toBe(1);
    expect($('#article-body').prevAll('.lead, .side').length).toBe(2);
  });

  it('shows every infobox field of the seed in its place', () => {
    const box = $('.infobox');
    expect(box.find('caption').text()).toBe('Battle of al-Qusayr');
    expect(cellText($, box.find('.infobox-partof'))).toBe('Part of the Syrian War early insurgency phase and Hezbollah involvement in the Syrian Civil War');
    const rows = box
      .find('th[scope=row]')
      .map((_, th) => $(th).text())
      .get();
    expect(rows).toEqual(['Date', 'Location', 'Result']);
    expect(
      box
        .find('th[scope=colgroup]')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(['Belligerents', 'Commanders and leaders', 'Units involved', 'Strength']);
    const belligerents = box.find('.infobox-sides').first().children('td');
    expect(belligerents).toHaveLength(2);
    expect(belligerents.eq(0).find('b a').attr('href')).toBe('https://en.wikipedia.org/wiki/Free_Syrian_Army');
    expect(
      belligerents
        .eq(1)
        .find('li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['Syrian Army', 'Security agencies']);
    expect(belligerents.eq(1).find('a[href="https://en.wikipedia.org/wiki/Military_Intelligence_Directorate_(Syria)"]').text()).toBe('Security agencies');
    expect(box.text()).not.toMatch(/map_type|map_relief|map_size|Map type/);
  });

  it('shows the remote image as a plain lazy <img> with size and alt text', () => {
    const img = $('.infobox img');
    expect(img.attr('src')).toMatch(/^https:\/\/upload\.wikimedia\.org\//);
    expect(img.attr('loading')).toBe('lazy');
    expect(Number(img.attr('width'))).toBeGreaterThan(0);
    expect(Number(img.attr('height'))).toBeGreaterThan(0);
    expect(img.attr('alt')).toBe('Integrated Attack on al Qusayr (estimated)');
  });

  it('lists the article on a real index page, under its conflict, with dates, place, result and its locator picture', async () => {
    const index = load(await readFile(path.join(build.outDir, 'index.html'), 'utf8'));
    const card = index('.group-section .article-card');
    expect(card.closest('.group-section').find('h2').text()).toBe('Syrian civil war');
    expect(card.find('a').attr('href')).toBe('/battle-of-al-qusayr-2012/');
    // The frontmatter's spaced hyphen is shown as Wikipedia's dash.
    expect(card.text()).toContain('10 February – 20 April 2012');
    expect(card.text()).toContain('Al-Qusayr, Homs Governorate, Syria');
    expect(card.find('.article-card-result').text()).toBe('Stalemate');
    expect(card.find('img').attr('src')).toBe('/battle-of-al-qusayr-2012/location-map.png');
    expect(index('meta[http-equiv=refresh]')).toHaveLength(0);
  });
});

describe('articles of other shapes build into sensible pages', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite({ contentDir: path.join(REPO, 'tests/fixtures/sites/variety') });
    expect(build.code, build.stderr).toBe(0);
  });

  it('makes no group page or chronology of nothing: a group of only an undated post gets neither, nor a link to them', async () => {
    const groupPages = (dir: string) => readdir(path.join(build.outDir, dir)).catch(() => [] as string[]);
    const conflicts = await groupPages('conflicts');
    const chronologies = (await groupPages('chronology')).filter((name) => name !== 'index.html');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const name of conflicts) expect((await page(build, `conflicts/${name}`))('main .card-list li').length, name).toBeGreaterThan(0);
    for (const name of chronologies) expect((await page(build, `chronology/${name}`))('.chronology-list a').length, name).toBeGreaterThan(0);
    expect((await page(build, 'chronology'))('main li a')).toHaveLength(chronologies.length);
  });

  it('gives a third belligerent its own column and spans lone casualties', async () => {
    const $ = await page(build, 'battle-of-three-sides-2016');
    expect(
      $('.infobox-sides')
        .first()
        .children('td')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['Rebels', 'Army', 'ISIL']);
    expect($('.infobox-spanning').text()).toBe('30 civilians killed');
  });

  it('says a ranged event with both its ends wherever it is named, as timeline.json holds it', async () => {
    const slug = 'battle-of-three-sides-2016';
    const events = JSON.parse(await readFile(path.join(build.outDir, slug, 'timeline.json'), 'utf8')) as { id: string; date: string; end?: string }[];
    const shelling = events.find((event) => event.end !== undefined);
    expect(shelling).toMatchObject({ date: '2016-06-10', end: '2016-06-24' });
    const $ = await page(build, slug);
    expect($(`li.timeline-event[id="${shelling?.id}"] time`).text()).toBe('10–24 June 2016');
    const eventPage = await page(build, `${slug}/events/${shelling?.id}`);
    expect(eventPage('title').text()).toBe('10–24 June 2016: Battle of Three Sides (2016)');
    expect(eventPage('meta[property="og:title"]').attr('content')).toBe('10–24 June 2016: Battle of Three Sides (2016)');
    expect(eventPage('main time').first().text()).toBe('10–24 June 2016');
    const structured = JSON.parse(eventPage('script[type="application/ld+json"]').text()) as { startDate: string; endDate?: string };
    expect(structured).toMatchObject({ startDate: '2016-06-10', endDate: '2016-06-24' });
  });

  it('renders a settlement as a generic label/value infobox', async () => {
    const $ = await page(build, 'atme');
    expect($('.infobox caption').text()).toBe('Atme');
    expect(
      $('.infobox th[scope=row]')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(['Country', 'Population']);
  });

  it('builds a news post with no infobox, and an empty infobox, without a sidebar', async () => {
    const news = await page(build, 'fighting-continues-despite-cease-fire');
    expect(news('.infobox')).toHaveLength(0);
    expect(news('h1').text()).toBe('Fighting continues despite cease fire');
    expect(news('meta[name=description]').attr('content')).toBe('Troops were put on full combat alert on Thursday.');
    expect(news('.infobox img, .lead img')).toHaveLength(0);
    const empty = await page(build, '2022-russian-invasion-of-ukraine');
    expect(empty('.infobox')).toHaveLength(0);
    expect(empty('.lead').text()).toContain('the invasion began');
  });
});

describe('bad input fails the build with one line naming the file and the field', () => {
  it.each([
    ['bad-yaml', 'invalid-yaml.md: frontmatter: invalid YAML'],
    ['missing-title', 'missing-title.md: title: '],
    ['duplicate-slug', 'second.md: title: gives the URL /battle-of-somewhere-1944/, which '],
    // Each case runs a build, which on a busy machine takes longer than a unit test's default.
  ])('%s', { timeout: 90_000 }, async (site, expected) => {
    const build = await buildSite({ contentDir: path.join(REPO, 'tests/fixtures/sites', site) });
    expect(build.code).not.toBe(0);
    const output = build.stdout + build.stderr;
    const line = output.split('\n').find((text) => text.includes(expected));
    expect(line, output).toBeDefined();
    if (site === 'duplicate-slug') expect(line).toContain('first.md');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('raw HTML never reaches dist/ unsanitised', () => {
  // A whole build (site pages and search index included) runs inside the test: give it a build's time.
  it('strips scripts, handlers, javascript: URLs and iframes from body and frontmatter', { timeout: 90_000 }, async () => {
    const build = await buildSite({ contentDir: path.join(REPO, 'tests/fixtures/sites/hostile-html') });
    expect(build.code, build.stderr).toBe(0);
    const html = await readFile(path.join(build.outDir, 'battle-with-hostile-html/index.html'), 'utf8');
    const $ = load(html);
    // Only the site's own modules (bundled or inlined by Astro) may be scripts; the author's markup never is.
    expect($('script').filter((_, script) => $(script).attr('type') !== 'module' || ($(script).html() ?? '').includes('alert'))).toHaveLength(0);
    expect($('iframe, object, embed, [style]')).toHaveLength(0);
    for (const element of $('*').toArray()) {
      if (element.type !== 'tag') continue;
      for (const [name, value] of Object.entries(element.attribs)) {
        expect(name, `<${element.tagName} ${name}>`).not.toMatch(/^on/i);
        if (['href', 'src', 'action', 'formaction'].includes(name)) expect(value).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(html).not.toContain('<script>alert');
    expect($('h1').text()).toBe('Battle with hostile HTML');
    expect($('.short-description').text()).toBe('<script>alert("frontmatter")</script>Short');
  });
});

describe('an article with its own picture in images/<slug>.jpg', () => {
  it('uses it instead of the remote one, resized into responsive sizes by Astro', { timeout: 90_000 }, async () => {
    const build = await buildSite({ contentDir: path.join(REPO, 'tests/fixtures/sites/local-image') });
    expect(build.code, build.stderr).toBe(0);
    const $ = await page(build, 'battle-with-a-local-picture');
    const img = $('.infobox img');
    expect(img.attr('src')).toMatch(/^\/_astro\/battle-with-a-local-picture\..+\.webp$/);
    expect(img.attr('srcset')?.split(',')).toHaveLength(4);
    expect(img.attr('alt')).toBe('Local picture');
    expect($('.infobox figcaption').text()).toBe('A picture shipped with the article');
  });
});
