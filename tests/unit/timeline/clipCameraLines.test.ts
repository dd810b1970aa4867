/**
 * Lines of a video report that date the next clip and say where, when in the day, with what or by whom it was filmed: they only
 * date it. Split from `clipLines.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe("a line that dates a clip with the camera's place, time, kind or holder", () => {
  it("reads a line that dates a clip with the camera's place and a time of that day as only dating it", () => {
    expect(
      timeline(
        'On 10 February, the siege began. The first video of the breach is filmed at about 5 a.m. from the left bank, just after dawn. Water pours through the gap.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-10 day «»']);
  });

  it('reads a line that dates a clip by a weekday and a time of it, then the date in apposition, as only dating it', () => {
    const line = 'This video was filmed on Thursday afternoon, 16 February, by a volunteer. He drives a minibus along the river road.';
    expect(timeline(`On 10 February, the siege began. ${line}`)).toEqual(['2012-02-10 day «10 February»', '2012-02-16 day «»']);
  });

  it('reads a line that dates a clip by a filmer named in apposition after what they are as only dating it', () => {
    const line = 'This video was filmed on the evening of 14 February by a resident, Mykola, from his garden. Shells land in the street.';
    expect(timeline(`On 10 February, the siege began. ${line}`)).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('reads a line that dates a clip with "shortly after" a clock time as only dating it', () => {
    expect(timeline('On 10 February, the siege began. The first clip is from 12 February, shortly after 4 p.m. Two shells hit the square.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «»',
    ]);
  });

  it('reads a line that dates a clip with where the camera stood, counted in words from it, as only dating it', () => {
    expect(timeline('On 10 February, the siege began. The next clip was filmed that night from a hill about five kilometres away. A depot burns.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day «»',
    ]);
  });

  it('reads a clip named by its day before the verb, filmed by a resident, as only dating it', () => {
    expect(timeline('On 10 February, the siege began. The video from February 14 is filmed by a resident of Stara Mykolaivka. It shows a van.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    // The date first, the filmer's village named by its name and set off as a village.
    const pushkari = 'This video was filmed on 14 February by a resident of Pushkari, a village eight kilometres north of the town. Smoke rises.';
    expect(timeline(`On 10 February, the siege began. ${pushkari}`)).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('reads a clip dated by its day and that day counted from a happening told as a clause as only dating it', () => {
    const clip = 'On 10 February, the siege began. The first clip is from 18 February, eight days after the Russians left. People queue for bread.';
    expect(timeline(clip)).toEqual(['2012-02-10 day «10 February»', '2012-02-18 day «»']);
  });

  it('reads the last clip "of this report" dated by its day as only dating it', () => {
    expect(timeline('On 10 February, the siege began. The last clip of this report is dated 14 February. It shows the road sign.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
  });

  it('reads a line that dates a clip with the camera it was filmed with as only dating it', () => {
    expect(
      timeline('On 10 February, the siege began. The next clip was filmed on the night of 12 February with a thermal camera. Two vehicles drive up.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
  });

  it('reads a clip filmed a count of days later, restated by its date, as only dating it', () => {
    expect(
      timeline('On 10 February, the siege began. The clip that closes this report was filmed four days later, on 14 February. A man sweeps glass.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('reads a line that dates a clip with a time of the day before its date as only dating it', () => {
    expect(timeline('On 10 February, the siege began. The first clip is from shortly after 1 a.m. on 12 February. Fire lights up the sky.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «»',
    ]);
  });

  it('reads a line that dates a clip from a place, "The first clip from the district is filmed", as only dating it', () => {
    expect(
      timeline('On 10 February, the siege began. The first clip from the district is filmed on Karantynna street shortly after 1 p.m. A woman pushes a pram.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-10 day «»']);
  });

  it('reads a line that dates a clip to "the day after" as only dating it', () => {
    expect(timeline('On 10 February, the siege began. The next clip is filmed the day after. Neighbours lay flowers.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-11 day «»',
    ]);
  });

  it('reads a line that dates a clip and names the camera in a few words as only dating it', () => {
    expect(timeline("On 10 February, the siege began. This video was filmed on 12 February from a car's dashboard camera. A drone hits a truck.")).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «»',
    ]);
  });

  it('reads a line that dates a clip and names who filmed it as only dating it', () => {
    expect(timeline('On 10 February, the siege began. This video was filmed that evening by one of the residents from a balcony. Smoke rises.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day «»',
    ]);
    // Each line below only dates the clip of 12 February: the sentence after it, with no date of its own, shows that day.
    const datesOnlyTheClip = (line: string, shown: string) =>
      expect(timeline(`On 10 February, the siege began. ${line} ${shown}`)).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
    datesOnlyTheClip('The next clip was filmed on 12 February by a Russian drone.', 'A column burns.');
    // The set of clips it belongs to may be named by a season of the report ("from this spring").
    datesOnlyTheClip('The first clip from this spring is from 12 February.', 'Smoke rises.');
    // Where the filmer stood may name a part of a place ("on the roof of the assembly shop").
    datesOnlyTheClip('This video was filmed on the afternoon of 12 February by a crane operator on the roof of the assembly shop.', 'Smoke rises.');
    // Or a distance from a place.
    datesOnlyTheClip('This video was filmed on 12 February on Shevchenka Street, a few hundred metres from the depot.', 'A woman sweeps glass.');
    // Or a filmer told by where their unit is stationed.
    datesOnlyTheClip('This video was filmed on 12 February by a soldier of an air defence mobile group stationed near the village.', 'A drone falls.');
    // Or a named filmer described to the line's end by what they did.
    datesOnlyTheClip(
      'This video was filmed on 12 February by Andrii, a volunteer from Mykolaiv who brought water into the village twice a week.',
      'People queue.',
    );
  });

  it('reads a line that dates a clip by the unit holding ground it filmed from, or by its posting, as only dating it', () => {
    const filmed =
      'The drone video in this report was filmed on the morning of 12 February, by a Ukrainian brigade holding the high ground west of the village.';
    expect(timeline(`On 10 February, the siege began. ${filmed} It shows a column.`)).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
    // Posted where and when: an anchor, so "The same day" is the posting's.
    expect(
      timeline(
        `On 10 February, the siege began. ${filmed} It shows a column. The brigade posted the video on its Telegram channel two days later. The same day, Russia claimed gains.`,
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»', '2012-02-14 day «The same day»']);
  });

  it('reads a line that dates a clip filmed from a car on its way somewhere as only dating it', () => {
    const car = 'The first clip was filmed at 10:42 on 12 February by a dashboard camera in a car driving north towards Kharkiv.';
    expect(timeline(`On 10 February, the siege began. ${car} A missile hits the bridge.`)).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
  });

  it('reads a line that dates a clip and credits the unit that put it out as only dating it', () => {
    const datesOnlyTheClip = (line: string) =>
      expect(timeline(`On 10 February, the siege began. ${line} Smoke rises.`)).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
    datesOnlyTheClip('This video was filmed on the morning of 12 February, according to the 128th Mountain Assault Brigade, which published it.');
    datesOnlyTheClip('This video was filmed on 12 February, according to the brigade.');
  });

  it('reads "It was filmed" after a line on the clip, with what the place it was filmed over had become, as only dating it', () => {
    const release = 'On 10 February, the siege began. This video was released by the brigade on 13 February.';
    expect(
      timeline(
        `${release} It was filmed the previous evening by a drone over a tree line east of the village, where, the brigade says, Russian drone operators had dug in. A shell hits the dugout.`,
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
    // The day counted back to is the clip's: what follows, and the next clip counted from it, go on from it, not from the release.
    expect(
      timeline(
        `${release} It was filmed the previous evening by a drone. Smoke rises. At 19:42 a shell hits the dugout. The next clip is from two days later. A drone flies low.`,
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»', '2012-02-12 day «At 19:42»', '2012-02-14 day «»']);
    // The clip's place where something happened on the clip's day is what it shows: one event of that day.
    expect(timeline(`${release} It was filmed the previous evening over the bridge, where a drone hits a tank.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «the previous evening»',
    ]);
  });

  it('reads a line dating a clip from a bank "opposite" a village, or its day restated from a happening, as only dating it', () => {
    expect(
      timeline(
        'On 10 February, the siege began. The next video was filmed on the evening of 12 February from the west bank opposite Kupiansk. Trucks race across the dam.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
    expect(
      timeline(
        'On 10 February, the siege began. The last clip was filmed by a drone on 14 February, the day after the withdrawal. It flies along the main street.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
    // Where it was filmed may take a second place phrase: "in a cellar under the village shop".
    const cellar = 'On 10 February, the siege began. The next clip was filmed on 16 February in a cellar under the village shop. A man heats water.';
    expect(timeline(cellar)).toEqual(['2012-02-10 day «10 February»', '2012-02-16 day «»']);
    // A holiday the day is, set after it; a line telling "This is the last clip, filmed on" it.
    const holiday = 'On 10 February, the siege began. This is the last clip, filmed on 24 February, Independence Day. People gather in the park.';
    expect(timeline(holiday)).toEqual(['2012-02-10 day «10 February»', '2012-02-24 day «»']);
    // The filmer named, with what they are between commas, then where they stood.
    const named = 'On 10 February, the siege began. This video was filmed on 19 February by Valentyna, a resident, from her kitchen window. A bomb explodes.';
    expect(timeline(named)).toEqual(['2012-02-10 day «10 February»', '2012-02-19 day «»']);
    // The clip the footage is in, counted in the report.
    const bodycam = 'On 10 February, the siege began. The bodycam footage in the next clip was filmed on 19 February. Two men run.';
    expect(timeline(bodycam)).toEqual(['2012-02-10 day «10 February»', '2012-02-19 day «»']);
  });

  it('reads "Here is the view two days later." as only dating the clip that follows', () => {
    expect(timeline('On 10 February, the siege began. Here is the view two days later. Smoke rises over the village.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «»',
    ]);
    // Told with what it shows, the line is that happening's.
    expect(timeline('On 10 February, the siege began. Here is the view two days later, when the roof caves in.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «two days later»',
    ]);
  });

  it('reads a line dating a clip filmed "by volunteers of an evacuation group from" a town as only dating it', () => {
    expect(
      timeline(
        'On 10 February, the siege began. The last clip was filmed on 14 February by volunteers of an evacuation group from Pokrovsk. Two men wait by the road.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('reads a clip filmed "by a soldier of" a unit "from a basement across the street", or by a driver of a unit, as only dating it', () => {
    const soldier =
      'The first clip was filmed on the morning of 12 February by a soldier of the 33rd Separate Mechanised Brigade from a basement across the street.';
    expect(timeline(`On 10 February, the siege began. ${soldier} A glide bomb hits the school.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «»',
    ]);
    const driver = "This video was filmed on 14 February by a driver of the brigade's logistics battalion.";
    expect(timeline(`On 10 February, the siege began. ${driver} The netting is torn.`)).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('reads "On June 21, the brigade posts this video from the centre of the village." as only dating the clip', () => {
    expect(
      timeline('On 10 February, the siege began. On 14 February, the brigade posts this video from the centre of the village. Its soldiers raise a flag.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
    // "a video" a unit posted from where it stood tells where it was that day.
    expect(timeline('On 10 February, the siege began. On 14 February, a unit posts a video from a trench at the edge of the plant.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «14 February»',
    ]);
  });

  it('reads a clip filmed by a drone crew "above the village", or a cleft dating a clip filmed "over" a place, as only dating it', () => {
    const above = 'The first clip was filmed on the morning of 12 February by a Ukrainian drone crew above the village.';
    expect(timeline(`On 10 February, the siege began. ${above} A drone dives onto a pickup.`)).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «»']);
    const cleft = "It's the morning of 14 February when the first clip is filmed by a Ukrainian drone over the eastern edge of the village.";
    expect(timeline(`On 10 February, the siege began. ${cleft} Two soldiers run along a tree line.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    // Its filmer after a comma, and what the drone was doing.
    const hovering = "It's 14 February when the next clip is filmed, by a Ukrainian drone hovering over the northern edge of the village.";
    expect(timeline(`On 10 February, the siege began. ${hovering} Infantrymen run.`)).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('reads the last clips filmed by soldiers "in the abandoned Ukrainian positions", or by a soldier of a brigade "holding the western part of the village", as only dating them', () => {
    const clips = 'The last clips were filmed by Russian soldiers on 14 February in the abandoned Ukrainian positions on the northern side of the village.';
    expect(timeline(`On 10 February, the siege began. ${clips} They walk through trenches.`)).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
    const holding = 'The last video was filmed on 13 February by a soldier of the Ukrainian brigade holding the western part of the village.';
    expect(timeline(`On 10 February, the siege began. ${holding} It shows the ruins of the school.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-13 day «»',
    ]);
  });

  it('reads "This drone video of the village centre was posted by a Ukrainian brigade on June 18." as only dating the clip', () => {
    const posted = 'This drone video of the village centre was posted by a Ukrainian brigade on 14 February.';
    expect(timeline(`On 10 February, the siege began. ${posted} It shows smoke rising from the school.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
  });

  it('reads a clip named with who posted it between commas ("This drone video, posted by the 59th Brigade, was filmed on …") as only dating it', () => {
    const posted = 'This drone video, posted by the 59th Motorized Brigade, was filmed on 14 February.';
    expect(timeline(`On 10 February, the siege began. ${posted} It shows smoke rising from the school.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    // Posted on its day, it tells what it shows: a happening of that day.
    const shows = 'This drone video, posted by the brigade on 14 February, shows smoke rising from the school.';
    expect(timeline(`On 10 February, the siege began. ${shows}`)).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «14 February»']);
  });

  it('reads "It shows what is left of the village" after a clip line as what the clip shows, no analysis', () => {
    const posted = 'This drone video was posted by a Russian unit on 14 February.';
    expect(timeline(`On 10 February, the siege began. ${posted} It shows what is left of the village: a few walls.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    expect(timeline('On 10 February, the siege began. The battle showed how much the army depended on its drones.')).toHaveLength(1);
  });
});

describe('what a clip shows, dated only by a relative clause, after the line dating the clip', () => {
  it("is the clip's day, and what follows goes on from that day, not from the clause's", () => {
    const clip = 'On March 21 2025 a drone hits a car. This video was filmed on April 9.';
    const school = 'A glide bomb brings down half of the school, which has stood empty since the children left in August.';
    expect(timeline(`${clip} ${school} Hours later a second bomb falls.`, {})).toEqual([
      '2025-03-21 day «March 21 2025»',
      '2025-04-09 day «»',
      '2025-04-09 day «Hours later»',
    ]);
  });
});
