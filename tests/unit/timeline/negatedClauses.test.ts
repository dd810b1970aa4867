/** What did not happen, or is not asserted to have happened: a date in it dates no event (`negatedClause.ts`). One sentence each, on plain prose. */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a clause telling what did not happen', () => {
  it('dates nothing in a clause telling what did not happen, but keeps the day of a report of it', () => {
    expect(timeline('On 4 March, the town fell. Survivors said that no soldiers came during the night, although a unit was near.')).toHaveLength(1);
    expect(timeline('No trial had been held by early 2013.', {})).toEqual([]);
    // "None of" them as the subject denies as "no" does; "one of them" still tells.
    const none = 'On 7 January 2013 the prosecutor opened an inquiry. None of them had been tried by the end of the year.';
    expect(timeline(none, {})).toEqual(['2013-01-07 day «7 January 2013»']);
    // A verb whose object is "no" something denies as well; an absence since a start is dated by it.
    expect(timeline('Unlike most towns of the region, Khabab saw no large protests in 2011.', {})).toEqual([]);
    expect(timeline('Khabab saw large protests in 2011.', {})).toEqual(['2011 year «2011»']);
    const one = 'On 7 January 2013 the prosecutor opened an inquiry. One of them had been tried by the end of the year.';
    expect(timeline(one, {})).toEqual(['2013-01-07 day «7 January 2013»', '2013 year late «the end of the year»']);
    expect(timeline('The quarrel did not begin in May 2013.', {})).toEqual([]);
    // "There was no" something, as a "no" subject.
    const alert = 'On 9 February 2013 a fire broke out. There was no air-raid alert in the oblast that night, and nobody has suggested an attack.';
    expect(timeline(alert, {})).toEqual(['2013-02-09 day «9 February 2013»']);
    expect(timeline('On 9 February 2013 a fire broke out. There was an air-raid alert in the oblast that night.', {})).toHaveLength(2);
    // A grudge held over a dated happening is no event, but that day still anchors what follows.
    expect(timeline('Baku has not forgiven Moscow for the crash of a jet on 25 December 2012. Putin apologised three days later.', {})).toEqual([
      '2012-12-28 day «three days later»',
    ]);
    expect(timeline('The quarrel did not begin in May 2013, but it grew on 3 June 2013.', {})).toEqual(['2013-06-03 day «3 June 2013»']);
    expect(timeline('On 4 March, the town fell. Neither side has moved more than a few kilometers since the autumn.')).toHaveLength(1);
    expect(timeline('Officials confirmed in July that neither side had moved.')).toEqual(['2012-07 month «July»']);
    expect(timeline('As of 2013, no reconstruction work had been reported.', {})).toEqual([]);
    expect(timeline('By 12 April, no fewer than 57 people had died.')).toEqual(['2012-04-12 day «12 April»']);
    expect(timeline('Officials confirmed in July that no troops remained.')).toEqual(['2012-07 month «July»']);
    expect(timeline('No one was hurt when the plant was shelled on 5 March.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('The war displaced many people, and many of those who fled had not returned by 2013.', {})).toEqual([]);
    expect(timeline('The town had not yet fallen by 3 March, although the garrison was surrounded.')).toEqual([]);
    // A clause joined by ", and" or a semicolon whose subject is "no" something.
    expect(timeline('The garrison was reinforced, and no further assault on the post was reported that year.', {})).toEqual([]);
    expect(timeline('The garrison was reinforced; no assault was reported in May.')).toEqual([]);
  });

  it("dates nothing in a sentence whose own verb is denied, but keeps its subject's date and a concession's", () => {
    const opening = 'On 5 May, the army attacked.';
    expect(timeline(`${opening} Russian sources did not report further attacks on the village that spring.`)).toHaveLength(1);
    expect(timeline(`${opening} The army never returned to the village that summer.`)).toHaveLength(1);
    expect(timeline(`${opening} A report of the mission in July did not say who had fired.`)).toEqual(['2012-05-05 day «5 May»', '2012-07 month «July»']);
    expect(timeline(`${opening} The blockade was never lifted, although trucks got through in early June.`)).toEqual([
      '2012-05-05 day «5 May»',
      '2012-06 month early «early June»',
    ]);
  });

  it('dates nothing by what few would have predicted at a time, a counterfactual', () => {
    const predicted = 'A month ago few people here would have predicted that the movement would still be on the streets.';
    expect(timeline(`On Sunday he took the oath. ${predicted}`, { published: '2024-12-30' })).toEqual(['2024-12-29 day «On Sunday»']);
    expect(timeline('Few would have believed in May that the town would hold.')).toEqual([]);
  });

  it('dates an absence since a time a "when" clause names a happening of by that start, not by what did not happen', () => {
    expect(timeline('No ship has left the port since 16 July, when the last vessel sailed for Turkey.')).toEqual(['2012-07-16 day «16 July»']);
    expect(timeline('No ship has left the port since 16 July.')).toEqual([]);
  });
});

describe('a date describing the subject of a verb that tells nothing happened', () => {
  it('dates nothing ("the brigades, trained over the winter of 2011, have not yet been committed")', () => {
    expect(timeline('The reserves, including the brigades trained in Germany in the winter of 2011, have not yet been committed.')).toEqual([]);
    expect(timeline('The reserves, trained in Germany in the winter of 2011, were committed.')).toEqual(['2011 year winter «winter of 2011»']);
    expect(timeline('A military inquiry announced in April 2012 has never published its findings.')).toEqual([]);
    // A subject that has said nothing is silent, as one that has not spoken is.
    expect(timeline('France, which kept its troops in Chad after leaving Mali in August 2012, has said nothing.')).toEqual([]);
    // And one that did not comment.
    expect(timeline('Ilham Aliyev, who won a snap election in February 2012, did not comment.')).toEqual([]);
  });
});

describe('a comment or a confirmation still not given, as of the writing', () => {
  it('dates nothing, the opening "As of this writing" included; a state told so is of that day', () => {
    const post = { published: '2025-10-22' };
    expect(timeline('As of this writing, the company that owns the site has not commented.', post)).toEqual([]);
    expect(timeline('As of this writing, the highway is still closed.', post)).toEqual(['2025-10-22 day «As of this writing»']);
  });
  it('dates nothing when what is not given is a word, in the perfect or the pluperfect', () => {
    const post = { published: '2025-10-22' };
    expect(timeline('As of this writing, the government has not said who fired it, or from where.', post)).toEqual([]);
    expect(timeline('As of this writing, the consulates had not said whether they would repatriate the bodies.', post)).toEqual([]);
  });
});

describe('a main verb denied in the passive', () => {
  it('dates nothing, a list in its place too; a reporting clause after it keeps its own day', () => {
    const clashes =
      'The village was not shelled during the clashes of September 2022, which were fought far to the south, on the borders of Syunik and Tavush.';
    expect(timeline(`Shells hit the school on 12 May 2024. ${clashes}`, {})).toEqual(['2024-05-12 day «12 May 2024»']);
    const post = { published: '2025-06-11' };
    expect(timeline('They were not fired on Monday, the head of the community said.', post)).toEqual(['2025-06-09 day «on Monday»']);
  });
});
