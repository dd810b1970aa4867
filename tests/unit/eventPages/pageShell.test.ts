import { describe, expect, it } from 'vitest';
import { siteUrls } from '../../../src/deploy/siteUrls.ts';
import { eventPageValues, type EventPageArticle, type EventPageValues } from '../../../src/model/eventPage.ts';
import type { ArticleEvent } from '../../../src/model/types.ts';
import { canaryEvents, firstDifference } from '../../../src/eventPages/canary.ts';
import { fillShell, parseShell, shellFor, SHELL_VALUES, SHELLS } from '../../../src/eventPages/pageShell.ts';
import { refusePlaceholders } from '../../../src/eventPages/writeEventPages.ts';

/** A page as Astro would render it: attributes escape `&` and `"`, text escapes `&<>'"`. */
function render(values: EventPageValues, escape: { text: (s: string) => string; attribute: (s: string) => string }): string {
  const { text, attribute } = escape;
  return [
    `<title>${text(values.title)}</title>`,
    `<meta name="description" content="${attribute(values.description)}">`,
    `<meta property="og:image" content="https://example.org/${attribute(values.cardPath)}">`,
    `<meta property="og:image:alt" content="${attribute(values.cardAlt)}">`,
    `<link rel="canonical" href="https://example.org/${attribute(values.slug)}/#${attribute(values.eventId)}">`,
    `<p>From <a href="/${attribute(values.slug)}/">${text(values.articleTitle)}</a>${text(values.sectionNote)}</p>`,
    `<h1><time datetime="${attribute(values.datetime)}">${text(values.when)}</time></h1>`,
    `<blockquote><p>${text(values.description)}</p></blockquote>`,
    `<p>Where: ${text(values.where)}</p>`,
    // The picture is left out when the event's place is on no map (the second shell).
    values.mapMark ? `<img src="/${attribute(values.slug)}/events/places.svg#${attribute(values.mapMark)}" alt="${attribute(values.mapAlt)}">` : '',
    `<p>${text(values.contextBefore)} <mark>${text(values.description)}</mark> ${text(values.contextAfter)}</p>`,
    `<a href="/${attribute(values.previousPath)}">${text(values.previousLabel)}</a><a href="/${attribute(values.nextPath)}">${text(values.nextLabel)}</a>`,
    `<a href="${attribute(values.sourceUrl)}">${text(values.sourceLabel)}</a>`,
    // The licence is left out when the source states none (a post).
    values.licenceName ? `, under <a href="${attribute(values.licenceUrl)}" rel="license">${text(values.licenceName)}</a>` : '',
    // set:html: the JSON-LD goes in as it is, already escaped for a script.
    `<script type="application/ld+json">${values.jsonLd}</script>`,
  ].join('');
}

const astroEscape = {
  text: (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'),
  attribute: (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;'),
};

const event = {
  id: '2014-03-03-tabqa-group',
  date: '2014-03-03',
  precision: 'day' as const,
  text: `On 3 March 2014, the "Tabqa" group & O'Neill's unit said that 5 < 6 > 4.`,
  dateText: '3 March 2014',
  section: 'Siege & "aftermath"',
  sectionId: 'siege--aftermath',
  paragraph: `Before it. On 3 March 2014, the "Tabqa" group & O'Neill's unit said that 5 < 6 > 4. After </script> it.`,
};
const article = (events: ArticleEvent[] = [event], eventCards: EventPageArticle['eventCards'] = 'event'): EventPageArticle => ({
  slug: 'siege-of-tabqa',
  title: `Siege of "Tabqa" & O'Neill's <Dam>`,
  source: {
    label: `the Wikipedia article “Siege of "Tabqa"”`,
    url: 'https://en.wikipedia.org/wiki/Siege_of_%22Tabqa%22',
    licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  },
  places: {},
  events,
  eventCards,
});
/** The same article with a map: its own place (Al-Qusayr, the map's primary place) and Homs, which the sentence names. */
const mapped = (events: ArticleEvent[] = [event]): EventPageArticle => ({
  ...article(events),
  place: { name: 'Al-Qusayr, Syria', lat: 34.5, lon: 36.58, id: 'al-qusayr' },
  places: { 'al-qusayr': { name: 'Al-Qusayr', lat: 34.5, lon: 36.58 }, homs: { name: `Homs & "Hims"`, lat: 34.73, lon: 36.71 } },
});
const urls = siteUrls('/', 'https://example.org');

describe('the event page shell', () => {
  it('fills each placeholder escaped as Astro escapes it there, in text and in attributes', () => {
    const shell = parseShell(render(SHELL_VALUES, astroEscape));
    const values = eventPageValues(mapped(), 0, urls);
    expect(fillShell(shell, values)).toBe(render(values, astroEscape));
    expect(values.jsonLd).not.toContain('<');
    expect(JSON.parse(values.jsonLd)).toMatchObject({ '@type': 'Event', url: 'https://example.org/siege-of-tabqa/events/2014-03-03-tabqa-group/' });
  });

  it('shows the event’s own card, or with `eventCards: article` its article’s, in og:image and JSON-LD alike', () => {
    const own = eventPageValues(article(), 0, urls);
    expect(own.cardPath).toBe('siege-of-tabqa/events/2014-03-03-tabqa-group/card.png');
    expect(JSON.parse(own.jsonLd)).toMatchObject({ image: 'https://example.org/siege-of-tabqa/events/2014-03-03-tabqa-group/card.png' });
    const shared = eventPageValues(article([event], 'article'), 0, urls);
    expect(shared.cardPath).toBe('siege-of-tabqa/card.png');
    expect(shared.cardAlt).toBe(`Siege of "Tabqa" & O'Neill's <Dam>: dates, place and a map of its location.`);
    expect(JSON.parse(shared.jsonLd)).toMatchObject({ image: 'https://example.org/siege-of-tabqa/card.png' });
    expect(fillShell(parseShell(render(SHELL_VALUES, astroEscape)), shared)).toContain('content="https://example.org/siege-of-tabqa/card.png"');
  });

  it('leaves out the section note of an event told before the first heading', () => {
    const shell = parseShell(render(SHELL_VALUES, astroEscape));
    const html = fillShell(shell, eventPageValues(mapped([{ ...event, section: '', sectionId: '' }]), 0, urls));
    expect(html).toContain(`&lt;Dam&gt;</a></p>`);
    expect(html).not.toContain('zz-shell');
  });

  it('fills an event with a mapped place from the shell with the picture, marking its place, and one without from the other', () => {
    const withMap = parseShell(render(SHELL_VALUES, astroEscape));
    const withoutMap = parseShell(render(SHELLS.noMap, astroEscape), SHELLS.noMap);
    const named = eventPageValues(mapped([{ ...event, places: ['homs'] }]), 0, urls);
    const unnamed = eventPageValues(mapped(), 0, urls);
    const unmapped = eventPageValues(article(), 0, urls);
    expect([named, unnamed, unmapped].map(shellFor)).toEqual(['map', 'map', 'noMap']);
    expect(fillShell(withMap, named)).toBe(render(named, astroEscape));
    expect(fillShell(withMap, named)).toContain('<img src="/siege-of-tabqa/events/places.svg#place-homs" alt="Map: Homs &amp; &quot;Hims&quot; marked">');
    expect(fillShell(withMap, unnamed)).toContain('places.svg#place-al-qusayr" alt="Map: Al-Qusayr, Syria marked"');
    expect(fillShell(withoutMap, unmapped)).toBe(render(unmapped, astroEscape));
    expect(fillShell(withoutMap, unmapped)).not.toContain('<img');
  });

  it('refuses a shell without the picture unless it was rendered without one', () => {
    expect(() => parseShell(render(SHELLS.noMap, astroEscape))).toThrow(/no placeholder for mapMark, mapAlt/);
  });

  it('fills a post’s events from a shell without the licence: a licence its source does not state is not claimed', () => {
    const post = (base: EventPageArticle): EventPageArticle => ({ ...base, source: { label: 'a post by @pirocorp', url: undefined, licence: undefined } });
    const mappedPost = eventPageValues(post(mapped()), 0, urls);
    const unmappedPost = eventPageValues(post(article()), 0, urls);
    expect([mappedPost, unmappedPost].map(shellFor)).toEqual(['mapNoLicence', 'noMapNoLicence']);
    for (const [values, name] of [
      [mappedPost, 'mapNoLicence'],
      [unmappedPost, 'noMapNoLicence'],
    ] as const) {
      const html = fillShell(parseShell(render(SHELLS[name], astroEscape), SHELLS[name]), values);
      expect(html).toBe(render(values, astroEscape));
      expect(html).not.toMatch(/CC BY-SA|rel="license"/);
    }
    expect(fillShell(parseShell(render(SHELL_VALUES, astroEscape)), eventPageValues(mapped(), 0, urls))).toContain('rel="license">CC BY-SA 4.0</a>');
    expect(() => parseShell(render(SHELLS.mapNoLicence, astroEscape))).toThrow(/no placeholder for licenceName, licenceUrl/);
  });

  it('refuses a shell with an unknown placeholder, or one that lacks a value', () => {
    const page = render(SHELL_VALUES, astroEscape);
    expect(() => parseShell(`${page}zz-shell-nonsense-zz`)).toThrow(/unknown placeholder zz-shell-nonsense-zz/);
    expect(() => parseShell(page.replace(SHELL_VALUES.datetime, '2014'))).toThrow(/no placeholder for datetime/);
  });

  it('uses placeholders that escaping and URLs leave as they are', () => {
    for (const value of Object.values(SHELL_VALUES)) {
      expect(value).toMatch(/^[a-z-]+$/);
      expect(new URL(`https://example.org/${value}/#${value}`).href).toContain(`/${value}/#${value}`);
    }
  });

  it('tells an attribute from text by parsing, even after a ">" inside an attribute value', () => {
    const page = render(SHELL_VALUES, astroEscape).replace('<meta name="description" content="', '<meta name="description" data-x="a > b" content="');
    const values = eventPageValues(mapped(), 0, urls);
    expect(fillShell(parseShell(page), values)).toBe(
      render(values, astroEscape).replace('<meta name="description" content="', '<meta name="description" data-x="a > b" content="'),
    );
  });

  it('refuses a shell with a placeholder in a script or a comment, whose escaping it does not know', () => {
    const page = render(SHELL_VALUES, astroEscape);
    expect(() => parseShell(`${page}<script>const t = "${SHELL_VALUES.title}";</script>`)).toThrow(/1 placeholder\(s\) in a script, style or comment/);
    expect(() => parseShell(`${page}<!-- ${SHELL_VALUES.slug} -->`)).toThrow(/in a script, style or comment/);
  });
});

describe('content that contains a placeholder', () => {
  const manifest = (title: string, text: string) => ({
    base: '/',
    site: undefined,
    articles: [{ ...article([{ ...event, text, paragraph: text }]), slug: 's', sourceFile: 'content/s.md', title }],
    canaries: [],
  });

  it('stops the build with one line naming the file and the field', () => {
    expect(() => refusePlaceholders(manifest('The zz-shell-title-zz battle', 'x'))).toThrow(
      'content/s.md: title: contains "zz-shell-title-zz", which event pages use as a placeholder; reword it',
    );
    expect(() => refusePlaceholders(manifest('T', 'On 3 March zz-shell-when-zz.'))).toThrow(
      /^content\/s\.md: body: the sentence "On 3 March zz-shell-when-zz\." contains "zz-shell-when-zz"/,
    );
  });

  it('lets ordinary content through', () => {
    expect(() => refusePlaceholders(manifest(article().title, event.text))).not.toThrow();
  });
});

describe('the canary event', () => {
  it('is the event whose page needs the most escaping', () => {
    const plain = {
      slug: 'plain',
      title: 'Plain',
      frontmatter: { title: 'Plain' },
      timeline: [{ ...event, id: 'a', text: 'On 3 March 2014 they met.', section: '', paragraph: 'On 3 March 2014 they met.' }],
    };
    const tricky = { slug: 'tricky', title: article().title, frontmatter: { title: article().title }, timeline: [{ ...event, id: 'b' }] };
    expect(canaryEvents([plain, tricky]).map(({ event }) => event.id)).toEqual(['b']);
    expect(canaryEvents([{ ...plain, timeline: [] }])).toEqual([]);
  });

  it('is one event per shell: the most escaped with a map picture, and without', () => {
    const map = {
      center: { lat: 34.5, lon: 36.58 },
      bbox: { west: 35, south: 33, east: 38, north: 36 },
      places: [{ id: 'al-qusayr', name: 'Al-Qusayr', lat: 34.5, lon: 36.58, primary: true, events: [] }],
      locationMapSize: 250,
    };
    const located = { slug: 'located', title: 'Located', frontmatter: { title: 'Located' }, map, timeline: [{ ...event, id: 'a', section: '' }] };
    const tricky = { slug: 'tricky', title: article().title, frontmatter: { title: article().title }, timeline: [{ ...event, id: 'b' }] };
    expect(canaryEvents([located, tricky]).map(({ event }) => event.id)).toEqual(['a', 'b']);
  });

  it('names where two renderings part', () => {
    expect(firstDifference('<p>same</p>', '<p>same</p>')).toBeUndefined();
    expect(firstDifference('<p>O&#39;Neill</p>', '<p>O&apos;Neill</p>')).toBe('byte 5: Astro has "<p>O&#39;Neill</p>", the shell gives "<p>O&apos;Neill</p>"');
  });
});
