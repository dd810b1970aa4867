/** A time of day ("by the end of the day", "overnight", "at 12:00", "within minutes") takes the day just told. */
import { describe, expect, it } from 'vitest';
import { after10February, timeline } from './timelineOf.ts';

describe('a time of day inherits the day before it', () => {
  it.each([
    ['By the end of the day, 30 had died.', '2012-02-10 day «By the end of the day»'],
    ['In the evening, rebels withdrew.', '2012-02-10 day «In the evening»'],
    ['Government troops took the castle by the early afternoon.', '2012-02-10 day «by the early afternoon»'],
    ['Overnight, two tanks were destroyed.', '2012-02-10 day «Overnight»'],
    ['Fighting continued through the night around the terminal.', '2012-02-10 day «through the night»'],
    ['At 12:00 the line was cut.', '2012-02-10 day «At 12:00»'],
    ["At around one o'clock Moscow time the president spoke.", "2012-02-10 day «At around one o'clock»"],
    ['By ten o’clock the square was empty.', '2012-02-10 day «By ten o’clock»'],
    ['The timestamp reads 07:17 when the first missile lands.', '2012-02-10 day «07:17»'],
    ['The timestamp on this clip reads 03:12 when the first missile lands.', '2012-02-10 day «03:12»'],
    ['The timestamp in the corner reads 07:42 when the first soldier climbs out.', '2012-02-10 day «07:42»'],
    ['By 9 a.m., the mayor had called a meeting.', '2012-02-10 day «By 9 a.m.»'],
    ['By about 9 p.m., the minister said the siege was over.', '2012-02-10 day «By about 9 p.m.»'],
    ['Around 14:20, a second convoy reached the bridge.', '2012-02-10 day «Around 14:20»'],
    ['The first shots were heard at the gate about 06:15.', '2012-02-10 day «about 06:15»'],
    ['The bridge was closed before 6 p.m.', '2012-02-10 day «before 6 p.m.»'],
    ['The army attacked at 6 a.m.', '2012-02-10 day «at 6 a.m.»'],
    ['Midday, rebels tried to overrun a checkpoint.', '2012-02-10 day «Midday»'],
    ['The first drones crossed the border shortly before midnight.', '2012-02-10 day «before midnight»'],
    ['The shelling stopped after dawn.', '2012-02-10 day «after dawn»'],
    ['By noon, the crowd had filled the square.', '2012-02-10 day «By noon»'],
    ['The convoy was back at its base by nightfall.', '2012-02-10 day «by nightfall»'],
    ['The attackers arrived shortly before sunset and stayed for about an hour.', '2012-02-10 day «before sunset»'],
    ['Residents reported more than a dozen explosions between 1 and 3 a.m.', '2012-02-10 day «between 1 and 3 a.m.»'],
    ['Throughout the day, power was out.', '2012-02-10 day «Throughout the day»'],
    ['Smoke could be seen from the town for most of the morning.', '2012-02-10 day «for most of the morning»'],
    ['The road stayed closed for much of the day.', '2012-02-10 day «for much of the day»'],
    ['Commercial flights were suspended until the evening.', '2012-02-10 day «until the evening»'],
    ['Residents were given until the evening to leave.', undefined],
    ['The soldiers held out until mid-morning, when the base was overrun.', '2012-02-10 day «until mid-morning»'],
    ['Residents were given until mid-morning to leave.', undefined],
    ['Special forces stormed the building in the course of the day.', '2012-02-10 day «in the course of the day»'],
    ['Within minutes, explosions were reported.', '2012-02-10 day «Within minutes»'],
    ['The radio goes from boredom to panic within an hour.', '2012-02-10 day «within an hour»'],
    ['Within the hour, the convoy turned back.', '2012-02-10 day «Within the hour»'],
    ['Others escaped through the kitchen in the first hour.', '2012-02-10 day «in the first hour»'],
    ['Fishermen pulled nineteen survivors from the water within the first hour.', '2012-02-10 day «within the first hour»'],
    ['Two hours later, the line was cut again.', '2012-02-10 day «Two hours later»'],
    ['Firefighters put out the blaze within three hours, and no one was hurt.', '2012-02-10 day «within three hours»'],
    ['Rescuers reached the site within 2 hours.', '2012-02-10 day «within 2 hours»'],
    ['A few hours earlier, the rebels had declared victory.', '2012-02-10 day «A few hours earlier»'],
    ['Seconds later, the vehicle fired.', '2012-02-10 day «Seconds later»'],
    ['Less than a minute later, a second blast hit the lot.', '2012-02-10 day «a minute later»'],
    ['Nearly ten minutes later, the sirens started.', '2012-02-10 day «ten minutes later»'],
    ['Less than an hour later, the bridge was hit again.', '2012-02-10 day «an hour later»'],
    ['She heard a plane a few seconds before the explosion.', '2012-02-10 day «a few seconds before the explosion»'],
    ['Minutes after the strike, rescuers arrived.', '2012-02-10 day «Minutes after the strike»'],
    ['Hours after the storming, the governor fled the city.', '2012-02-10 day «Hours after the storming»'],
    ['The council met a few hours after the attack.', '2012-02-10 day «a few hours after the attack»'],
    ['Nonetheless, the day soon became the deadliest of the siege.', '2012-02-10 day «the day»'],
    ['The day saw the heaviest shelling yet.', '2012-02-10 day «The day»'],
  ])('"%s"', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it.each([
    ['A border post surrendered the same week.', '2012-02-10 day around «the same week»'],
    ['That week, the bridges were destroyed.', '2012-02-10 day around «That week»'],
    ['Later in the week the council said that residents were burying the dead.', '2012-02-10 day around «Later in the week»'],
    ['Thousands of civilians fled the city during the week.', '2012-02-10 day around «during the week»'],
    ['Mappers placed flags in both villages by the end of the week.', '2012-02-10 day around «by the end of the week»'],
  ])('"%s" is around the day before it', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  // A clock time followed by the day it falls on is that day's time: the day counted, not the day just told.
  it.each([
    ['At around 12:30 the next day, its patrol ran into fighters.', '2012-02-11 day «the next day»'],
    ['At 6 a.m. the following day the shelling resumed.', '2012-02-11 day «the following day»'],
    ['At 23:40 the previous day a drone had hit the depot.', '2012-02-09 day «the previous day»'],
    ["By ten o'clock the next morning the square was empty.", '2012-02-11 day «the next morning»'],
  ])('"%s" is the day it names', (sentence, expected) => {
    expect(after10February(sentence)).toBe(expected);
  });

  it('reads no day in work done through the night', () => {
    expect(timeline('On 4 June, gunmen raided the mine. Witnesses said they killed miners who had been working through the night.')).toEqual([
      '2012-06-04 day «4 June»',
    ]);
  });

  it('dates no moment counted in minutes from a day the text only put around one', () => {
    expect(timeline('On 10 February, the siege began. A border post surrendered the same week. Lines formed within minutes.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day around «the same week»',
    ]);
  });

  it('counts hours of fighting from the day just told only when its sentence told fighting', () => {
    expect(timeline('On 10 February, rebels attacked the post. The rebels crossed the river and, after several hours of fighting, took it.')[1]).toBe(
      '2012-02-10 day «after several hours of fighting»',
    );
    expect(
      timeline('Rebels attacked a post on 8 February. The army announced the losses on 10 February. The rebels took the post after two hours of fighting.'),
    ).toHaveLength(2);
    // Told as a battle of so many hours.
    expect(timeline('On 10 February, troops launched an assault on the barricades. After a six-hour battle, the barricades had been cleared.')[1]).toBe(
      '2012-02-10 day «After a six-hour battle»',
    );
  });

  it('reads an attack repelled or a post held "after several hours of fighting" as the outcome of the attack told, no happening of its own', () => {
    expect(timeline('On 10 February, rebels attacked the post. The army said it had repelled them after several hours of fighting.')).toHaveLength(1);
    expect(
      timeline('On 10 February, rebels attacked the post. The garrison held the post after four hours of fighting, but 11 soldiers were killed.'),
    ).toHaveLength(1);
    expect(timeline('On 10 February, rebels attacked the post. The attack was repulsed after several hours of fighting.')).toHaveLength(1);
    expect(timeline('On 10 February, rebels attacked the post. Hundreds of fighters overran the positions after several hours of fighting.')).toHaveLength(1);
  });

  it('dates nothing from a count of hours hedged from below, which may leave the day', () => {
    expect(timeline('On 10 February, the siege began. More than 12 hours later, the line was cut.')).toHaveLength(1);
    // A count of hours after a happening may pass midnight too.
    expect(timeline('On 10 February, the siege began. Thirty hours after the attack, the line was cut.')).toHaveLength(1);
    expect(timeline('On 10 February, the siege began. 36 hours after the attack, the line was cut.')).toHaveLength(1);
  });

  it('reads "the day" as a date only as a clause’s subject', () => {
    expect(timeline('On 10 February, the siege began. Rebels chose the day before the attack to leave. They called it the day of rage.')).toHaveLength(1);
  });

  it('dates nothing from "the following weeks", nor from a news post\'s forecast "next week"', () => {
    expect(timeline('On 10 February, the siege began. In the following weeks, talks stalled. Talks resume next week.')).toHaveLength(1);
  });

  it('counts "minutes after the strike" from the strike, across a dated caption line', () => {
    expect(
      timeline(
        'On the evening of 7 March, a strike hit the airfield.\n\nSatellite image, 8 March: seven helicopters burned out.\n\nMinutes after the strike, the controller asks for fire trucks. Two days later, more trucks arrive.',
      ),
    ).toEqual(['2012-03-07 day «7 March»', '2012-03-08 day «8 March»', '2012-03-07 day «Minutes after the strike»', '2012-03-09 day «Two days later»']);
  });

  it('lets a caption line anchor what follows, and a caption-like sentence of a paragraph stays a sentence', () => {
    expect(timeline('On 7 March, a strike hit the airfield.\n\nBurned-out helicopters on the apron, 8 March.\n\nHours later, the fire spread.')).toEqual([
      '2012-03-07 day «7 March»',
      '2012-03-08 day «8 March»',
      '2012-03-08 day «Hours later»',
    ]);
    expect(timeline('On 7 March, a strike hit the airfield. Helicopters burned, 8 March. Minutes after the strike, the fire spread.')[2]).toBe(
      '2012-03-08 day «Minutes after the strike»',
    );
  });

  it('dates nothing from minutes counted from a happening the text gives no day ("after the unit requested help")', () => {
    expect(timeline('On 10 February, the siege began. Thirty minutes after the unit requested help, the radio fell silent.')).toHaveLength(1);
  });

  it('dates nothing from minutes counted from an undated clip of the material ("In this transmission, …")', () => {
    expect(
      timeline(
        'On 10 February, the siege began. In this transmission, a spotter asks for fire on the plant. The reply is short. The shells land within minutes.',
      ),
    ).toEqual(['2012-02-10 day «10 February»']);
  });

  it('dates nothing from seconds counted from the last words the material plays ("The call ends a few seconds later")', () => {
    expect(
      timeline("On 10 February, the soldier made the call. “Come home.” “I can't.”\n\nThe call ends a few seconds later. Seconds later, the line was cut."),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-10 day «Seconds later»']);
  });

  it("still dates minutes counted from a happening of the day just told, after a clip's paragraph", () => {
    expect(timeline('In this transmission, a spotter asks for fire.\n\nOn 10 February, the plant was shelled. Within minutes, it burned.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-10 day «Within minutes»',
    ]);
  });

  it('dates nothing from a moment inside a habit ("every ten days, because any vehicle is hit within minutes")', () => {
    expect(
      timeline('On 9 March, a drone hit the road. His men walk into the positions every ten days, because any vehicle on the road is hit within minutes.'),
    ).toEqual(['2012-03-09 day «9 March»']);
    expect(timeline('On 9 March, a drone hit the road. Twice a week a volunteer comes, and he leaves within the hour.')).toEqual(['2012-03-09 day «9 March»']);
  });

  it('dates hours before or after a step told in words ("Hours before the vote") by the sentence that told it, and nothing when none did', () => {
    const told =
      'Parliament voted on 3 October to ratify the statute. On 5 October the ambassador was summoned. Hours before the vote, the Kremlin called it a mistake.';
    expect(timeline(told)).toEqual(['2012-10-03 day «3 October»', '2012-10-05 day «5 October»', '2012-10-03 day «Hours before the vote»']);
    expect(timeline('On 3 May the army shelled the town. Hours before the vote, officials resigned.')).toEqual(['2012-05-03 day «3 May»']);
    const ceremony = 'The treaty was signed at a ceremony on 8 August. On 10 August Iran objected. Both steps were carried out within hours of the ceremony.';
    expect(timeline(ceremony)).toEqual(['2012-08-08 day «8 August»', '2012-08-10 day «10 August»', '2012-08-08 day «within hours of the ceremony»']);
    // A sentence naming it only to count its own day from it tells its day, so many days off.
    const counted =
      'The leaders met on 8 August. On 9 August, a day after the ceremony, crowds protested. Both steps were carried out within hours of the ceremony.';
    expect(timeline(counted)).toEqual(['2012-08-08 day «8 August»', '2012-08-09 day «9 August»', '2012-08-08 day «within hours of the ceremony»']);
    // An arrest is such a step, told as a detention.
    const arrest = 'Security officers detained the businessman on 18 June. On 20 June a court remanded him. Within hours of the arrest, the premier spoke.';
    expect(timeline(arrest)).toEqual(['2012-06-18 day «18 June»', '2012-06-20 day «20 June»', '2012-06-18 day «Within hours of the arrest»']);
  });

  it('dates "in the first hours after the news" by the day just told, or by the happening it names when a sentence told it', () => {
    const fled = 'Rebels entered Damascus on 8 December. The statue was pulled down in the first hours after the news.';
    expect(timeline(fled)).toEqual(['2012-12-08 day «8 December»', '2012-12-08 day «in the first hours after the news»']);
    const told = 'Drones struck the depot on 3 May. On 5 May the mayor spoke. Looters came in the first hours after the strike.';
    expect(timeline(told)).toEqual(['2012-05-03 day «3 May»', '2012-05-05 day «5 May»', '2012-05-03 day «in the first hours after the strike»']);
    // The first hours alone are those of what was just told.
    const killed = 'The assault began before dawn on 8 October. Activists said that 14 soldiers were killed in the first hours.';
    expect(timeline(killed)[1]).toBe('2012-10-08 day «in the first hours»');
  });

  it('dates "minutes before the missiles hit" by the strike the text told, days later too, or by the day just told', () => {
    const struck = 'Two missiles hit the institute on 3 September. On 5 September the toll rose. Cadets say they formed up minutes before the missiles hit.';
    expect(timeline(struck)).toEqual(['2012-09-03 day «3 September»', '2012-09-05 day «5 September»', '2012-09-03 day «minutes before the missiles hit»']);
    // And what a witness was doing when the first of them hit.
    const pulledIn = 'Two missiles hit the square on 3 September. By the evening the toll had risen. A driver had just pulled in when the first missile hit.';
    expect(timeline(pulledIn)[2]).toBe('2012-09-03 day «when the first missile hit»');
    expect(timeline('On 5 September the army attacked. The cadets formed up minutes before the missiles hit.')[1]).toBe(
      '2012-09-05 day «minutes before the missiles hit»',
    );
  });

  it('dates nothing when no day came before', () => {
    expect(timeline('In the evening, rebels withdrew. At 12:00 the line was cut.')).toEqual([]);
  });
});

describe('a morning after a sentence told by its night', () => {
  it('reads "in the early morning" after a sentence told by its night as the morning that ends that night', () => {
    expect(timeline('On 14 July, a general was killed. That night, crowds gathered. Police dispersed them in the early morning.')).toEqual([
      '2012-07-14 day «14 July»',
      '2012-07-14 day «That night»',
      '2012-07-15 day «in the early morning»',
    ]);
    expect(timeline('On 14 July, a general was killed. Police dispersed the crowd in the early morning.')).toEqual([
      '2012-07-14 day «14 July»',
      '2012-07-14 day «in the early morning»',
    ]);
  });

  it('reads a plain "In the morning" after a night named by the day it began as the next day, and after "That night" as the same', () => {
    expect(timeline('On the night of 9 March soldiers entered the village. In the morning they left.')[1]).toBe('2012-03-10 day «In the morning»');
    // After "that night" the night's small hours may already have been told, so the morning stays on the day told.
    const crowds = 'On 14 July, a general was killed. That night, crowds gathered. In the morning, police dispersed them.';
    expect(timeline(crowds)[2]).toBe('2012-07-14 day «In the morning»');
  });

  it('reads "in the early hours" as the early morning, after the night of two days the last of them', () => {
    expect(timeline('During the night of 14 to 15 July, crowds marched. Police dispersed them in the early hours with water cannon.')[1]).toBe(
      '2012-07-15 day «in the early hours»',
    );
    expect(timeline('On 14 July, a general was killed. Police dispersed the crowd in the early hours.')[1]).toBe('2012-07-14 day «in the early hours»');
  });

  it('reads "in the middle of the afternoon" as the day just told, as "in the late afternoon" is', () => {
    expect(timeline('On 9 November gunmen attacked the town. Two aircraft reached the town in the middle of the afternoon.')[1]).toBe(
      '2012-11-09 day «in the middle of the afternoon»',
    );
  });

  it('reads "By morning" after a night named by the day it began as the morning that ends that night', () => {
    expect(timeline("It's the night of March 11 when the first drone hits the plant. By morning the pumps are off.")).toEqual([
      '2012-03-11 day «March 11»',
      '2012-03-12 day «By morning»',
    ]);
    expect(timeline('On 11 March the first drone hit the plant. By morning the pumps were off.')).toEqual([
      '2012-03-11 day «11 March»',
      '2012-03-11 day «By morning»',
    ]);
  });
});

describe('an address or a briefing named by its time of day', () => {
  it('is given on the day just told, as "in the evening" is, or on its own day when it names one', () => {
    expect(timeline('On 3 March the town fell. Zelensky says in his evening address that Ukraine will come back.')).toEqual([
      '2012-03-03 day «3 March»',
      '2012-03-03 day «in his evening address»',
    ]);
    expect(timeline('On 3 March the town fell. In his evening address of 4 March, the president spoke.')).toEqual([
      '2012-03-03 day «3 March»',
      '2012-03-04 day «4 March»',
    ]);
    const counted = 'On 3 March the town fell. The president named it in his evening address the following day.';
    expect(timeline(counted)).toEqual(['2012-03-03 day «3 March»', '2012-03-04 day «the following day»']);
    expect(timeline('The president often spoke of the town in his evening addresses.')).toEqual([]);
    expect(timeline('On 3 March missiles hit the city. In its morning report the air force says that seven were shot down.')).toEqual([
      '2012-03-03 day «3 March»',
      '2012-03-03 day «In its morning report»',
    ]);
  });
});

describe('a moment counted after a stretch named without a count', () => {
  it('counts from what the stretch tells, which has no day, so it dates nothing; a coarser phrase still counts from the story', () => {
    const told = 'On 17 April the assembly voted.';
    const grew = `${told} Over the next days the crowds grew, and police detained hundreds, most of whom were released within hours.`;
    expect(timeline(grew)).toEqual(['2012-04-17 day «17 April»']);
    const quiet = `${told} Both sides traded accusations in the following days, but the front was quiet by the end of the week.`;
    expect(timeline(quiet)).toHaveLength(2);
  });
});
