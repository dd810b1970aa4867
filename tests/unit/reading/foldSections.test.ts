/** Sections fold: each top-level section is a <details open> whose summary is its heading. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/render/renderMarkdown.ts';
import { sectionPlaces } from '../../../src/model/sectionPlaces.ts';

describe('folded sections', () => {
  it('wrap each top-level section, heading in the summary, open in the HTML', async () => {
    const { html, headings } = await renderMarkdown('Lead text.\n\n## One\n\nFirst.\n\n### Sub\n\nDeeper.\n\n## Two\n\nSecond.\n');
    const $ = load(html);
    expect($('body > p').first().text()).toBe('Lead text.');
    const folds = $('details.fold');
    expect(folds.length).toBe(2);
    expect(folds.first().attr('open')).toBeDefined();
    expect(folds.first().attr('data-fold')).toBe('');
    expect(folds.first().children('summary').children('h2').attr('id')).toBe('one');
    expect(folds.first().find('.fold-body h3#sub').length).toBe(1);
    expect(folds.last().find('.fold-body').text().trim()).toBe('Second.');
    expect(headings.map((heading) => heading.slug)).toEqual(['one', 'sub', 'two']);
  });

  it('fold at the shallowest heading when an article has no ## (raised to h2 with its subsections)', async () => {
    const { html } = await renderMarkdown('### Only\n\nText.\n\n#### Deeper\n\nMore.\n');
    const $ = load(html);
    expect($('details.fold').length).toBe(1);
    expect($('details.fold > summary > h2#only').length).toBe(1);
    expect($('details.fold .fold-body h3#deeper').length).toBe(1);
  });

  it('leave prose without headings alone', async () => {
    const { html } = await renderMarkdown('Just a lead.\n');
    expect(html).not.toContain('<details');
  });
});

describe('sectionPlaces', () => {
  it('lists the places each section’s events name, once each, in order', () => {
    expect(
      sectionPlaces([
        { sectionId: '', places: ['qusayr'] },
        { sectionId: 'siege', places: ['homs', 'qusayr'] },
        { sectionId: 'siege', places: ['homs'] },
        { sectionId: 'aftermath' },
      ]),
    ).toEqual({ '': ['qusayr'], siege: ['homs', 'qusayr'], aftermath: [] });
  });
});
