import { describe, expect, it } from 'vitest';
import { articleSlug, slugify } from '../../../src/parse/slugify.ts';

describe('articleSlug', () => {
  it('lowercases ASCII words joined by hyphens', () => {
    expect(articleSlug('Battle of al-Qusayr (2012)', 'x.md')).toBe('battle-of-al-qusayr-2012');
    expect(articleSlug('Battle of al-Qaryatayn (2015)', 'x.md')).toBe('battle-of-al-qaryatayn-2015');
  });

  it('folds accents and drops punctuation', () => {
    expect(slugify('Déby’s  “war” — 2021!')).toBe('deby-s-war-2021');
  });

  it('falls back to the file name when the title has no ASCII letters', () => {
    expect(articleSlug('معركة القصير', '000_0ec5ce9be92ef564.md')).toBe('000-0ec5ce9be92ef564');
  });

  it('keeps a title whose ASCII part has letters', () => {
    expect(articleSlug('36-та бригада Marines', 'x.md')).toBe('36-marines');
  });
});
