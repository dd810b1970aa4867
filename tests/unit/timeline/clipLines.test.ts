/** Lines of a video report that only date the next clip, picture or letter: no event, and what the clip shows takes their day. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

/** The timeline of a clip's line and what it shows, told after the siege began on 10 February. */
const afterSiege = (clip: string) => timeline(`On 10 February, the siege began. ${clip}`);
/** The siege's day, then the clip's: its line no event, what it shows dated by it (no words of its own date it). */
const siegeThenClip = (day: string) => ['2012-02-10 day «10 February»', `2012-02-${day} day «»`];

describe('a line that only dates the next clip dates what the clip shows', () => {
  it('is no event itself, and the next sentence takes its day', () => {
    expect(timeline('On 10 February, the siege began. The next clip is from two days later. Volunteers wash the square.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «»',
    ]);
  });

  it('reads a clip named by whose it is and where it was filmed, and dated by its date, as one that was filmed then', () => {
    expect(
      timeline("On 10 February, the siege began. The company's last clip from inside the mine is dated 14 February. In it, miners carry tools out."),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
  });

  it('reads a clip with where it comes from set off between commas as one dated so', () => {
    const channel = 'The next clip, from a Russian military channel, is dated 14 February. Marines walk down the main street.';
    expect(afterSiege(channel)).toEqual(siegeThenClip('14'));
  });

  it('reads a clip dated with its weekday, then "and it was filmed by" its camera, as one dated so', () => {
    const camera = "The next clip is from 14 February, a Tuesday, and it was filmed by a border guard's body camera. Marines walk down the street.";
    expect(afterSiege(camera)).toEqual(siegeThenClip('14'));
  });

  it('reads a clip dated, then filmed by someone from a place, told as a participle, and one its author posts, as dated so', () => {
    const cellar = 'The next clip is from 14 February, filmed by a resident from the door of his cellar. Smoke rises over the elevator.';
    expect(afterSiege(cellar)).toEqual(siegeThenClip('14'));
    // Or with its weekday in apposition.
    const saturday = 'The next clip is from 14 February, a Tuesday. Volunteers unload bread in front of the shop.';
    expect(afterSiege(saturday)).toEqual(siegeThenClip('14'));
    const drone = 'A Ukrainian reconnaissance drone recorded this footage on 14 February. A howitzer fires from behind the warehouses.';
    expect(afterSiege(drone)).toEqual(siegeThenClip('14'));
    const posts = 'A brigade posts this video on 14 February. It shows a tank hitting a mine.';
    expect(afterSiege(posts)).toEqual(siegeThenClip('14'));
  });

  it('reads a clip filmed by someone described by what they kept or do as one dated so', () => {
    const jar = 'This video was filmed on 14 February by a woman who kept her phone hidden in a jar of flour. Soldiers dig trenches.';
    expect(afterSiege(jar)).toEqual(siegeThenClip('14'));
    // Or by what they do.
    const bread = 'The next clip was filmed on 14 February by a volunteer who drives bread to the village twice a week. People wait in the yard.';
    expect(afterSiege(bread)).toEqual(siegeThenClip('14'));
    // And where the filmer put it out.
    const telegram = 'This video was filmed on 14 February by a Russian soldier and posted to a Telegram channel of his unit. It shows guns dug in.';
    expect(afterSiege(telegram)).toEqual(siegeThenClip('14'));
    // Or filmers named by their work, and where the filming was done after a participle.
    const police = 'This video was filmed on 14 February by police officers who drive an armoured van through the village. They carry a woman out.';
    expect(afterSiege(police)).toEqual(siegeThenClip('14'));
    const slope = 'The first clip is from 14 February, filmed from the slope above the fish farm. The water has pulled back.';
    expect(afterSiege(slope)).toEqual(siegeThenClip('14'));
    // A filmer named in quotes and described after a comma; "This is a clip that a soldier filmed … on".
    const angels = 'This video was filmed on 14 February by the "White Angels", the police evacuation team from Pokrovsk. They carry a woman out.';
    expect(afterSiege(angels)).toEqual(siegeThenClip('14'));
    const helmet = 'This is a clip that a soldier filmed on his helmet camera on 14 February, in the cellar of a house. They sit on sacks.';
    expect(afterSiege(helmet)).toEqual(siegeThenClip('14'));
    expect(afterSiege('This video was filmed on 14 February by Halyna, 71, from the door of her cellar. Smoke rises.')).toEqual(siegeThenClip('14'));
  });

  it('dates only the sentence right after it', () => {
    expect(timeline('On 10 February, the siege began. This video was filmed on 14 February. Soldiers search the houses. Shops reopen.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
  });

  it('dates what the clip shows on its day, a thing’s past told in an object’s clause ("left behind … the night before") no step', () => {
    const shows = 'It shows people filling buckets from a tank that the volunteers left behind in the school yard the night before.';
    expect(timeline(`On 10 February, the siege began. This video was filmed on 14 February. ${shows}`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
  });

  it('dates what the clip shows on its day when only a relative clause of it gives a date, the past of who is shown', () => {
    const rescue = 'Rescuers drag a boat across the ice to reach a house, where a woman has been alone since her husband died in January.';
    expect(timeline(`On 10 February, the siege began. The next clip is from 14 February. ${rescue}`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    // Without the clip line, the clause's date is the sentence's, as before.
    expect(timeline(`On 10 February, the siege began. ${rescue}`)).toHaveLength(2);
  });

  it("does not date a count of the people left in a place, its own date left out as the count's", () => {
    const clip = 'On 10 February, the siege began. This video was filmed on 14 February.';
    expect(timeline(`${clip} Volunteers tell us that by the end of February fewer than 2,000 people remain in the town.`)).toEqual([
      '2012-02-10 day «10 February»',
    ]);
    expect(timeline(`${clip} Volunteers tell us that only 200 residents are still living in the town.`)).toEqual(['2012-02-10 day «10 February»']);
  });

  it('does not date a sentence that puts its happening in the days after, with no count to fix them', () => {
    expect(timeline('On 10 February, the siege began. This video was filmed on 14 February. Over the next days the army blows up the pipe.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
  });

  it('dates what the clip shows in the next paragraph when the line closes its own, over the embedded video between them', () => {
    const embed = '{{video}}\nhttps://example.org/clip.mp4\n{{/video}}';
    expect(timeline(`On 10 February, the siege began. The next clip is from two days later.\n\n${embed}\n\nVolunteers wash the square. Shops reopen.`)).toEqual(
      ['2012-02-10 day «10 February»', '2012-02-12 day «»'],
    );
  });

  it("passes the clip's day over a state held for a stretch, in the perfect, to what the clip shows", () => {
    const clip = 'On 10 February, the siege began. This video was filmed on 14 February.';
    expect(timeline(`${clip} The gunners have had the road in their sights for weeks.`)).toEqual(['2012-02-10 day «10 February»']);
    expect(timeline(`${clip} The gunners have had the road in their sights for weeks. A truck burns at the crossroads.`)).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    // Below a heading that is a day, the state is no happening of that day either.
    expect(timeline('The town had been without power for several days. A shell hit the school.', undefined, '14 February')).toEqual(['2012-02-14 day «»']);
  });

  it('reads what the clip of a happening just told shows, dated only by its release, as no event that still anchors', () => {
    expect(
      timeline(
        'On 10 February, the siege began. Later that day, a group of soldiers surrenders. In this video, released by the unit on 11 February, they are led out. The next day, buses arrive.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-10 day «Later that day»', '2012-02-12 day «The next day»']);
  });

  it('reads the clip as the subject the same way when it came out counted from the happening, not on a day of its own', () => {
    const strike = 'On 22 October a drone hits the school.';
    expect(timeline(`${strike} The first video, posted by a neighbour minutes later, shows the roof on fire.`)).toEqual(['2012-10-22 day «22 October»']);
    // A moment of what it shows counts from the happening it names; without commas the release is still the clip's own.
    expect(timeline(`${strike} The video, posted by a drone unit that evening, shows the minibus slowing seconds before the impact.`)).toEqual([
      '2012-10-22 day «22 October»',
    ]);
    expect(timeline(`${strike} The drone footage released by the city the next morning shows two trolleybuses burning.`)).toEqual([
      '2012-10-22 day «22 October»',
    ]);
    expect(timeline(`${strike} A video filmed the next morning shows a flag still flying on the roof.`)).toHaveLength(2);
    expect(timeline(`${strike} This clip, posted on 23 October, shows drones dropping grenades.`)).toEqual([
      '2012-10-22 day «22 October»',
      '2012-10-23 day «23 October»',
    ]);
  });

  it('reads a clip placed in the report or series it belongs to as only dating it', () => {
    expect(timeline('On 10 February, the siege began. The last video in this report was filmed on 14 February. It shows the burning market.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
  });

  it('reads a clip described in a word or two that "comes" on its day', () => {
    expect(timeline('On 10 February, the siege began. The most spectacular footage comes five days later. A tank burns on the bridge.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-15 day «»',
    ]);
  });

  it('reads a dated letter as a clip: what its author writes takes its day', () => {
    expect(
      timeline('On 10 February, the siege began. The earliest letter in the stack is dated 14 February. Its author writes that they have no food.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
    // Or the earliest of several, or one owned by a pronoun.
    const earliest = 'The earliest of the letters is dated 14 February. She writes that the water has frozen.';
    expect(afterSiege(earliest)).toEqual(siegeThenClip('14'));
    // Who its writer is, told by their age, passes the letter's day on to what they write.
    const author = 'The earliest letter is dated 14 February. Its author, Liudmyla, is 71 and worked at the mine. She writes that they have no food.';
    expect(afterSiege(author)).toEqual(siegeThenClip('14'));
    const last = 'Her last letter is dated 17 February. A soldier will carry it out, she writes.';
    expect(afterSiege(last)).toEqual(siegeThenClip('17'));
  });

  it('reads a dated entry of a notebook as a letter, and the light the next clip was filmed in as no other day', () => {
    expect(timeline('On 10 February, the siege began. The first entry is dated 14 February. He writes that the roof fell in.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    // Its writer may own it by name.
    expect(timeline("On 10 February, the siege began. Mykola's last entry is dated 14 February. He writes that the ferry sank.")).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    expect(timeline('On 10 February, the strike hit. The next clip is from a few hours later, when it is already light. Priests carry icons out.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day «»',
    ]);
  });

  it("reads a dated clip that shows a happening as that day's event, not as a judgement", () => {
    expect(timeline('On 10 February, the siege began. The drone footage dated 12 February shows a man falling from his bike.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «12 February»',
    ]);
  });

  it('reads a moment of the happening a dated clip line told as what the clip shows, adding to it, unlike the one a bare line dates', () => {
    const told = 'The next clip is from 14 February, when a drone drops a grenade on a van. The driver rolls under the van a second before the impact.';
    expect(timeline(`On 10 February, the siege began. ${told}`)).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «14 February»']);
    const bare = 'The next clip is from 14 February. A bus stops at the market, and seconds later a shell lands beside it.';
    expect(timeline(`On 10 February, the siege began. ${bare}`)).toHaveLength(2);
  });

  it('dates a sentence by the day a picture in it was taken, the first of two joined by "and"', () => {
    expect(timeline('On 10 February, the siege began. The objects are already there on the image taken 12 February and on the one from 14 February.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «12 February»',
    ]);
  });

  it("reads the clip's timestamp as dating it, and a timestamp followed by what the clip shows as one event", () => {
    expect(timeline('On 10 February, the siege began. The timestamp on the next clip reads 18 February, 04:32. A soldier stands in the snow.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-18 day «»',
    ]);
    expect(timeline('On 10 February, the siege began. The timestamp on this clip reads 18 February, 03:05: a drone drops a grenade.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-18 day «18 February»',
    ]);
  });

  it('reads a clip released or posted on its day, or named in a cleft "It\'s … when the footage is released", as one that only dates it', () => {
    expect(
      timeline("On 10 February, the siege began. It's 2 March, a month after the strikes, when the first drone footage is released. The blocks stand gutted."),
    ).toEqual(['2012-02-10 day «10 February»', '2012-03-02 day «»']);
    expect(timeline('On 10 February, the siege began. The footage was released on 14 February. Soldiers search the houses.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «»',
    ]);
    const images =
      "On 10 February, the siege began. It's 21 February when the first satellite images of the depot after the second attack are released. They show craters.";
    expect(timeline(images)).toEqual(['2012-02-10 day «10 February»', '2012-02-21 day «»']);
    // Who released it may close the cleft.
    const side = "On 10 February, the siege began. It's 21 February when this drone footage is released by the Ukrainian side. It shows a column.";
    expect(timeline(side)).toEqual(['2012-02-10 day «10 February»', '2012-02-21 day «»']);
    // Or its appearing.
    const appears = "On 10 February, the siege began. It's 21 February when the next big video appears. It shows a column.";
    expect(timeline(appears)).toEqual(['2012-02-10 day «10 February»', '2012-02-21 day «»']);
    // So may its author putting it out, told actively.
    const posts = "On 10 February, the siege began. It's 21 February when a drone operator posts the longest clip in our set. It shows a column.";
    expect(timeline(posts)).toEqual(['2012-02-10 day «10 February»', '2012-02-21 day «»']);
    // Its month may be abbreviated with a point, and the clip named by the report it closes.
    const aug = "On 10 February, the siege began. It's Feb. 21 when a drone unit posts this video. It shows a column.";
    expect(timeline(aug)).toEqual(['2012-02-10 day «10 February»', '2012-02-21 day «»']);
    const last = "On 10 February, the siege began. It's Feb. 21 when the last clip in this report is posted by a drone unit. It shows a column.";
    expect(timeline(last)).toEqual(['2012-02-10 day «10 February»', '2012-02-21 day «»']);
    // A cleft telling a happening is one.
    expect(timeline("On 10 February, the siege began. It's 12 February when the first aircraft comes in low. A block folds.")).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «12 February»',
    ]);
  });

  it('reads a dated opening followed only by photos surfacing as a line that dates them', () => {
    expect(
      timeline(
        'On 10 February, the siege began. Four days later, on 14 February, the first photos of the ship surface on Telegram and Twitter. They show a scorched hull.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «»']);
    // Photos that surface as part of a happening told with them stay that happening.
    expect(timeline('On 10 February, the siege began. On 14 February, soldiers burn the depot, and the first photos surface on Telegram.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-14 day «14 February»',
    ]);
  });

  it('tells the clip and what it shows in one sentence: one event', () => {
    expect(timeline('On 10 February, the siege began. The next clip is from two days later, when soldiers fire into the air.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-12 day «two days later»',
    ]);
  });
});

describe('what a picture shows, told after the happening it shows', () => {
  it('takes no day from a time of day in it, and moves no anchor', () => {
    const strike = 'The next strike comes on the night of 3 to 4 July.';
    const video = 'This video, filmed from a balcony in the town, 15 kilometres to the west, shows a glow over the base that lasts until dawn.';
    const morning = 'The next morning, the Security Service says its drones hit four aircraft.';
    expect(timeline(`${strike} ${video} ${morning}`)).toEqual(['2012-07-03 day → 2012-07-04 «3 to 4 July»', '2012-07-04 day «The next morning»']);
  });
});
