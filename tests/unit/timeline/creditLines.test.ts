/** A picture's credit line names who took or published it and when: no happening, but a stated day that anchors what follows. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a credit line under a picture', () => {
  const report = { infoboxDate: '26 August 2024 - 22 July 2025' };

  it('tells no happening, whoever is credited', () => {
    expect(timeline('A drone hits the boiler house on Nov. 28, 2024. Photo: Dubno town council, Nov. 28', report)).toEqual(['2024-11-28 day «Nov. 28, 2024»']);
    expect(timeline('Troops enter the village on Feb. 5, 2025.\n\nScreenshot: al-Manar, Feb. 5', report)).toEqual(['2025-02-05 day «Feb. 5, 2025»']);
  });

  it('still anchors what follows, and a caption telling what it shows stays an event', () => {
    const credited = 'Photo: Radyvyliv town council, Dec. 13, 2024\n\nThe next morning the repair crews arrive.';
    expect(timeline(credited, report)).toEqual(['2024-12-14 day «The next morning»']);
    expect(timeline('Satellite image, June 3, 2025: the roofs of the school are gone.', report)).toEqual(['2025-06-03 day «June 3, 2025»']);
  });
});
