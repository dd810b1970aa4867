import { describe, expect, it } from 'vitest';
import { postAuthor, publicationDay } from '../../../src/model/newsByline.ts';

describe('publicationDay', () => {
  it('writes the day the loader read in the site’s words, whatever the template wrote', () => {
    expect(publicationDay({ pubDate: 'Mar 14 2025' }, '2025-03-14')).toBe('14 March 2025');
    expect(publicationDay({ pubDate: '2024-05-15' }, '2024-05-15')).toBe('15 May 2024');
  });

  it('dates a post by its byline comment’s day when it has no pubDate', () => {
    expect(publicationDay({}, '2024-04-26')).toBe('26 April 2024');
  });

  it('shows a pubDate it could not read as written, rather than none', () => {
    expect(publicationDay({ pubDate: 'Spring, some year' }, undefined)).toBe('Spring, some year');
    expect(publicationDay({}, undefined)).toBeUndefined();
  });
});

describe('postAuthor', () => {
  it('names no one for a template’s placeholder', () => {
    expect(postAuthor('Unknown')).toBeUndefined();
    expect(postAuthor(' Mariam ')).toBe('Mariam');
  });
});
