import { describe, expect, it } from 'vitest';
import { destinationOnly } from '../../../src/model/destinationOnly.ts';

describe('destinationOnly: a place named only as where something headed', () => {
  it.each([
    ['Russian ships rammed the tugboat as the Ukrainian boats turned back towards Odesa.', 'Odesa'],
    ['Thousands of civilians fled to Turkey.', 'Turkey'],
    ['The convoy left for Kherson at dawn.', 'Kherson'],
    ['The column was on its way to the Mariupol.', 'Mariupol'],
    ['The wounded were evacuated back to Lebanon.', 'Lebanon'],
  ])('%s → not where it happened', (text, name) => expect(destinationOnly(text, name)).toBe(true));

  it.each([
    ['Rebels withdrew from Qusayr on 14 June.', 'Qusayr'],
    ['Fighting in Homs continued.', 'Homs'],
    ['Shells fell on Homs as refugees fled to Homs.', 'Homs'],
    ['The tugboat reached Odesa.', 'Odesa'],
    ['Nothing is said of the town.', 'Odesa'],
    ['Troops moved towards Odesaville.', 'Odesa'],
  ])('%s → where it happened, or not named', (text, name) => expect(destinationOnly(text, name)).toBe(false));
});
