/** A heading that is a date (or a day reached by the story's count) dates the undated sentences below it, but not analysis. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';

describe('a heading that is a date dates the sentences below it', () => {
  it('leaves out a sentence below it that judges what happened, and keeps one telling a happening', () => {
    const article =
      '## 2014\n### 9 August\nRebels attacked the town. The battle showed how much the army depended on its drones. The attack exposed the bridge.\n';
    expect(extractTimeline(article, {}).map((event) => event.text)).toEqual(['Rebels attacked the town.', 'The attack exposed the bridge.']);
  });

  it('gives undated sentences the heading date, and anchors relative phrases on it', () => {
    const events = extractTimeline(
      '## 2014\n### 9 August\nRebels attacked the town. The next day, the army returned.\n### Reactions (2015)\nThe UN protested.\n',
    );
    expect(events.map((event) => [event.date, event.text, event.dateText])).toEqual([
      ['2014-08-09', 'Rebels attacked the town.', undefined],
      ['2014-08-10', 'The next day, the army returned.', 'The next day'],
    ]);
  });
});

describe('a heading that is a season of a year', () => {
  it('dates the undated sentences below it to that season, but not one counted past it or placed during a happening', () => {
    const events = extractTimeline(
      '## Autumn 2024\nThe front remained static. Satellite images showed the ruins. In the following weeks, the army attacked. During the assault, civilians were killed.\n',
    );
    expect(events.map((event) => [event.date, event.precision, event.qualifier, event.text])).toEqual([
      ['2024', 'year', 'autumn', 'The front remained static.'],
      ['2024', 'year', 'autumn', 'Satellite images showed the ruins.'],
    ]);
  });

  it('reads a winter named by the two years it spans as one season of the first year, not a range of years', () => {
    const events = extractTimeline(
      '## Winter 2019–2020\nThe front remained static. By mid-January 2020, the army had dug in.\n## Winter 2019–2021\nThe rebels regrouped.\n',
    );
    expect(events.map((event) => [event.date, event.precision, event.qualifier, event.text])).toEqual([
      ['2019', 'year', 'winter', 'The front remained static.'],
      ['2020-01', 'month', 'mid', 'By mid-January 2020, the army had dug in.'],
    ]);
    expect(extractTimeline('## Winter of 2019/20\nThe front remained static.\n').map((event) => [event.date, event.qualifier])).toEqual([['2019', 'winter']]);
  });

  it('is no date without its year', () => {
    expect(extractTimeline('## Winter\nThe front remained static.\n', { infoboxDate: '2024' })).toEqual([]);
  });
});

describe('a heading that is only a range names a period', () => {
  it('dates no undated sentence below it, and still sets the month of the dates below it', () => {
    const events = extractTimeline('## 2014\n### 6–10 August\nRebels attacked the town. On 7 August, the army returned. Officials said nothing.\n');
    expect(events.map((event) => [event.date, event.text])).toEqual([['2014-08-07', 'On 7 August, the army returned.']]);
  });
});

describe('a heading that is a day reached by the story’s count', () => {
  it('dates "The next morning" after the day before to the heading, and what follows it', () => {
    const events = extractTimeline(
      '## 2014\n### 13 May\nRebels attacked the town.\n### 14 May\nThe next morning, the army returned. In the afternoon, a tank burned.\n',
    );
    expect(events.map((event) => event.date)).toEqual(['2014-05-13', '2014-05-14', '2014-05-14']);
  });

  it('still counts from the heading when the count from the day before misses it', () => {
    const events = extractTimeline('## 2014\n### 9 May\nRebels attacked the town.\n### 14 May\nThe next day, the army returned.\n');
    expect(events.map((event) => event.date)).toEqual(['2014-05-09', '2014-05-15']);
  });
});

describe('a heading that is a date does not date analysis', () => {
  it('leaves out a sentence that only ranks what was told, and keeps a happening told below it', () => {
    const events = extractTimeline(
      '## 2014\nFighters killed 700 men. The massacre was one of the largest of the war. It was the deadliest attack of the year.\n',
    );
    expect(events.map((event) => [event.date, event.text])).toEqual([['2014', 'Fighters killed 700 men.']]);
  });

  it('leaves out a sentence that counts what was told among its like ("It was the first …"), and keeps one telling its own first', () => {
    const article =
      '## 30 November\nThe army admitted that it had withdrawn. It was the first public admission of a defeat in several years. ' +
      'This marked the fourth time the town had changed hands. The brigade was the first to enter the town. ' +
      "Armenia's request to the alliance was the second since the start of the crisis.\n";
    expect(extractTimeline(article, { infoboxDate: '27 November – 8 December 2024' }).map((event) => event.text)).toEqual([
      'The army admitted that it had withdrawn.',
      'The brigade was the first to enter the town.',
    ]);
  });

  it('leaves out a sentence that puts its happening later than the heading’s day, with no anchor to count from', () => {
    const article =
      '## 13 September\nShelling hit the town. The monitors, deployed later, found no evidence of an attack. ' +
      'Afterwards, the army withdrew. The later stages of the shelling hit the villages.\n';
    expect(extractTimeline(article, { infoboxDate: '12–14 September 2022' }).map((event) => event.text)).toEqual([
      'Shelling hit the town.',
      'The later stages of the shelling hit the villages.',
    ]);
  });

  it('leaves out a sentence that tells only what did not happen, and keeps a negation that tells a happening', () => {
    const article =
      '## 3 March\nThe column withdrew. The ministry did not comment on the fighting. Officials never confirmed the losses. ' +
      'The shelling did not stop until dawn. The ministry did not comment, but said the town was blocked. ' +
      'No further strikes were reported before the end of the war. No one was hurt, but the roof fell in.\n';
    expect(extractTimeline(article, { infoboxDate: '2–3 March 2022' }).map((event) => event.text)).toEqual([
      'The column withdrew.',
      'The shelling did not stop until dawn.',
      'The ministry did not comment, but said the town was blocked.',
      'No one was hurt, but the roof fell in.',
    ]);
  });

  it('leaves out what names, weighs or measures the story, and keeps a happening told below it', () => {
    const article =
      '## 2014\nTroops crossed the river. Odesa was the only port that stayed open. The war has been described as a stalemate. ' +
      'Officials have called the loss a disaster. The bridgehead, held by marines, was too small to matter. ' +
      'Fewer than 9,000 people were believed to remain. Many people were believed to have fled.\n';
    expect(extractTimeline(article, {}).map((event) => event.text)).toEqual(['Troops crossed the river.', 'Many people were believed to have fled.']);
  });
});

describe('a heading that is a month alone', () => {
  it('dates the undated happenings below it in the story’s year, and sets the month of its days', () => {
    const events = extractTimeline(
      '## Battle\n### June 2017\nOn 6 June, the assault began.\n### July\nHeavy fighting took place. On 17 July, rebels attacked.\n',
    );
    expect(events.map((event) => [event.date, event.text])).toEqual([
      ['2017-06-06', 'On 6 June, the assault began.'],
      ['2017-07', 'Heavy fighting took place.'],
      ['2017-07-17', 'On 17 July, rebels attacked.'],
    ]);
  });

  it("keeps the day just told as the story's day when the month holds it", () => {
    const article = 'On 10 November 2020, the prime minister announced the deal.\n## November 2020\nWithin an hour of the announcement, crowds gathered.\n';
    expect(extractTimeline(article, {}).map((event) => event.date)).toEqual(['2020-11-10', '2020-11-10']);
  });
});

describe('a sentence below a date heading placed at a time the reader cannot fix', () => {
  it('is not dated by the heading ("later", "in the following weeks")', () => {
    const article =
      '## 2017\n### August\nAn airstrike killed 27 civilians. Amnesty International later documented the strike. Fighting slowed in the following weeks.\n';
    expect(extractTimeline(article).map((event) => event.text)).toEqual(['An airstrike killed 27 civilians.']);
  });

  it('is not dated by the heading when placed in days of a stretch named without a count ("in the first days of the offensive")', () => {
    const article = '## October 2019\nTurkey launched its offensive. Artillery shelled the villages in the first days of the offensive.\n';
    expect(extractTimeline(article).map((event) => event.text)).toEqual(['Turkey launched its offensive.']);
  });

  it('is dated by a heading that is a year, which the author filed it under ("### 2020", "Over the following months, …")', () => {
    const article = '## Operations\n### 2020\nForces were sent to the border. Over the following months, the forces claimed to have killed hundreds.\n';
    expect(extractTimeline(article).map((event) => `${event.date} ${event.text}`)).toEqual([
      '2020 Forces were sent to the border.',
      '2020 Over the following months, the forces claimed to have killed hundreds.',
    ]);
  });
});

describe('where a place lies, below a heading that is a date', () => {
  const below = (prose: string) => extractTimeline(`## December 2014\n${prose}\n`, {}).map((event) => `${event.date} ${event.text}`);
  it('is a description, no happening of the heading’s month', () => {
    expect(
      below('Tabankort lies on the main track from Gao to Kidal, and whoever held it controlled the traffic. On 13 December 2014, rebels attacked.'),
    ).toEqual(['2014-12-13 On 13 December 2014, rebels attacked.']);
    expect(below('The village is located about 40 kilometres north of Gao. Rebels attacked it.')).toEqual(['2014-12 Rebels attacked it.']);
  });
  it('leaves what a person lying somewhere tells, a happening', () => {
    expect(below('A man lies on the pavement next to a burning car.')).toEqual(['2014-12 A man lies on the pavement next to a burning car.']);
    // A person named, standing in "her" place: a happening too.
    expect(below('Tetiana stands in her yard and points at the shell holes.')).toEqual(['2014-12 Tetiana stands in her yard and points at the shell holes.']);
  });
});
