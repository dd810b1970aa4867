/** What analysts judged of the story (an assessment, an estimate, a cause they linked it to) is analysis, unless told of the story's day. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('what analysts assessed, estimated or attributed is analysis, whatever date it names', () => {
  it('leaves out analysts named by a workplace whose name has lowercase words in it', () => {
    expect(timeline('Analysts of the Institute for the Study of War noted that the advance had slowed since July.')).toEqual([]);
    expect(timeline('Analysts at the Institute for the Study of War assessed that the offensive had stalled by late June.')).toEqual([]);
    expect(timeline('Analysts of the Finnish Black Bird Group estimated that by mid-October about 60 soldiers were inside the village.')).toEqual([]);
  });
  it('leaves out the cause analysts attributed or linked a happening to', () => {
    expect(timeline('Analysts attributed the loss of the village, like the earlier fall of the town, to shortages in the spring.')).toEqual([]);
    expect(timeline('Analysts linked the raid to the killing of the two fighters in August.')).toEqual([]);
  });
  it('keeps what analysts said of the story by then, or on a day of it', () => {
    expect(timeline('On 12 July the village was reached. Analysts noted that the brigade was by then suffering heavy losses.')).toEqual([
      '2012-07-12 day «12 July»',
      '2012-07-12 day «by then»',
    ]);
    expect(timeline('Analysts of the Institute for the Study of War assessed on 30 September that the front had moved.')).toEqual([
      '2012-09-30 day «30 September»',
    ]);
  });
});
