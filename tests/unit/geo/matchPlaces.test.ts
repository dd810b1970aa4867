import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/geo/loadGazetteer.ts';
import { compilePlaceMatcher, matchPlaces } from '../../../src/geo/matchPlaces.ts';

const gazetteer = loadGazetteer(readFileSync(new URL('../../fixtures/geo/places-valid.yaml', import.meta.url), 'utf8'), 'places-valid.yaml');

describe('matchPlaces', () => {
  it.each(['Al Qusayr', 'Qusayr', 'al-Qusayr', 'Al-Qusayr', 'AL-QUSAYR', 'el Qusayr', 'al‑Quṣayr'])('matches %s as al-Qusayr', (spelling) => {
    expect(matchPlaces(`Fighting resumed in ${spelling} on 10 February.`, gazetteer)).toEqual(['al-qusayr']);
  });

  it('matches whole words only', () => {
    expect(matchPlaces('The Homsy family and the Tartusian fleet', gazetteer)).toEqual([]);
    expect(matchPlaces('Homs Governorate', gazetteer)).toEqual(['homs']);
  });

  it('returns ids in order of first appearance without duplicates', () => {
    expect(matchPlaces('From Homs to Al-Qusayr, then back to Homs and on to Tartous.', gazetteer)).toEqual(['homs', 'al-qusayr', 'tartus']);
  });

  it('prefers the longer name: Baba Amr is not Homs or al-Bab', () => {
    expect(matchPlaces("tanks entered Homs's Baba Amr quarter", gazetteer)).toEqual(['homs', 'baba-amr']);
    expect(matchPlaces('the Bab Amr district', gazetteer)).toEqual(['baba-amr']);
    expect(matchPlaces('the Damascus–Homs highway and the M5 highway', gazetteer)).toEqual(['damascus-homs-highway']);
  });

  it('needs the article for names that would be a common word without it', () => {
    expect(matchPlaces('ISIL held al-Bab until 2017', gazetteer)).toEqual(['al-bab']);
    expect(matchPlaces('the Bab al-Hawa crossing', gazetteer)).toEqual([]);
  });

  it("ignores apostrophes and the possessive 's", () => {
    expect(matchPlaces("Qusayr's hospital", gazetteer)).toEqual(['al-qusayr']);
  });

  it('compiles a matcher that can be reused directly', () => {
    const match = compilePlaceMatcher(gazetteer);
    expect(match('Tartus')).toEqual(['tartus']);
    expect(match('nowhere')).toEqual([]);
  });

  // How fast this is shows in `npm run bench:build` (tests never assert on wall time).
  it('answers as the compiled matcher does, sentence after sentence', () => {
    const match = compilePlaceMatcher(gazetteer);
    for (let i = 0; i < 1_000; i++) {
      const sentence = `On ${i} March the army shelled al-Qusayr and Baba Amr.`;
      expect(matchPlaces(sentence, gazetteer)).toEqual(match(sentence));
    }
  });
});
