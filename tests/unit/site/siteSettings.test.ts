import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '../../../src/config/siteSettings.ts';

describe('parseSiteSettings: site.yaml, every field optional', () => {
  it('gives defaults that fit any dataset when there is no file', () => {
    expect(parseSiteSettings(undefined, 'content/site.yaml')).toMatchObject({
      name: 'Documentary',
      language: 'en',
      groups: [],
      otherGroup: 'Other articles',
      eventCards: 'event',
      sourceCredit: { licence: 'CC BY-SA 4.0' },
    });
  });

  it('reads the groups in their order', () => {
    const settings = parseSiteSettings('name: Sahel wars\ngroups:\n  - name: Mali War\n    match: [Mali]\n  - name: Burkina Faso\n', 'site.yaml');
    expect(settings.groups).toEqual([
      { name: 'Mali War', match: ['Mali'] },
      { name: 'Burkina Faso', match: [] },
    ]);
  });

  it.each([
    ['groups: Syria', 'site.yaml: groups: expected a list of groups (a YAML sequence starting with "- ")'],
    ['groups:\n  - match: [x]', 'site.yaml: groups.0.name: required: the group needs a name'],
    ['language: English', 'site.yaml: language: expected a language tag such as "en" or "en-GB"'],
    ['sourceCredit:\n  licenceUrl: javascript:alert(1)', 'site.yaml: sourceCredit.licenceUrl: expected an http(s) URL'],
    ['eventCards: none', 'site.yaml: eventCards: expected "event" or "article"'],
    ['titel: x', 'site.yaml: (top level): Unrecognized key: "titel"'],
    ['name: [unclosed', 'site.yaml: yaml:'],
  ])('names the file and the field: %s', (text, message) => {
    expect(() => parseSiteSettings(text, 'site.yaml')).toThrow(message);
  });
});
