/** Sentences that judge the story rather than tell it (rankings, counts of times, hindsight) and the reporters' own work: no event, whatever date they name. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { timeline } from './timelineOf.ts';

describe("a sentence naming the story from the writer's day is analysis, whatever date it names", () => {
  it('leaves out the naming, whose date only dates what it names, and keeps the anchor on the day told before it', () => {
    expect(
      timeline(
        'On 10 February, the siege began. Historians have described the siege as the turning point of the war in 2012. Officials have called the strike of 5 March a war crime. The next day, rebels withdrew.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
  });
  it('leaves out a comparison from today, and a naming whose only date sits in its subject', () => {
    expect(timeline('Its destruction in 2024 has been compared to that of 1941.', {})).toEqual([]);
    expect(timeline('The strike of 5 March 2012 has been likened to a war crime.', {})).toEqual([]);
  });
  it('leaves out what a case has become a symbol of, whatever the decision it names was announced on', () => {
    const symbol = 'The case has become a symbol of the crackdown that followed the decision, announced on 28 November, to suspend talks.';
    expect(timeline(symbol, {})).toEqual([]);
    expect(timeline('The town became a symbol of resistance on 3 May 2012.', {})).toEqual(['2012-05-03 day «3 May 2012»']);
  });
  it('keeps a date before the naming verb or in a second main clause, which may tell a happening', () => {
    expect(timeline('After the town fell on 5 March, the siege has been called a defeat for the rebels.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('The siege has been described as a defeat, and on 5 March the rebels withdrew.')).toEqual(['2012-03-05 day «5 March»']);
  });
});

describe('what commentators have said of the story, in the present perfect, is analysis, whatever date it names', () => {
  it('leaves out "Analysts have noted that …" and keeps the anchor on the day told before it', () => {
    expect(
      timeline(
        'On 6 January 2013, the town fell. Analysts have noted that the loss of the town in January removed the last foothold. Some historians have argued whether the retreat of 2 January was ordered. The next day, the front moved west.',
      ),
    ).toEqual(['2013-01-06 day «6 January 2013»', '2013-01-07 day «The next day»']);
  });
  it('leaves out what commentators described the story as, in the simple past too', () => {
    expect(timeline('Analysts described the ambush as evidence that the army had lost control of the north by mid-2012.')).toEqual([]);
    expect(timeline('Analysts have seen the agreement as one of a series of local pacts, like that of Farabougou in 2012.')).toEqual([]);
    expect(timeline('Researchers at ACLED noted that attacks in the region had roughly doubled in the second half of 2012.')).toEqual([]);
    expect(timeline('Analysts later described the operation as an example of overextension in the summer of 2012.')).toEqual([]);
    expect(timeline('It was the third strike on the energy system this winter.', { published: '2025-02-14' })).toEqual([]);
    // Told on a day of the story, the describing is a happening of it, as "On 5 March observers noted" is.
    expect(timeline('On 5 March analysts described the ambush as a turning point.')).toEqual(['2012-03-05 day «5 March»']);
  });
  it('keeps what commentators said on a day of the story, and what a witness told', () => {
    expect(timeline('On 5 March observers noted that the shelling had stopped.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('Independent observers noted on 5 March that the strikes reached inside the border.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('A resident has told us that on 4 March her block was hit.')).toEqual(['2012-03-04 day «4 March»']);
    expect(timeline('She told us on 10 March that on 4 March her block was hit.')).toEqual(['2012-03-04 day «4 March»']);
    const closed = 'Residents told us by phone this morning that the road has been closed to traffic since Saturday.';
    expect(timeline(closed, { published: '2025-07-22' })).toEqual(['2025-07-19 day «since Saturday»']);
  });
});

describe('a sentence telling how the many judged what was told is analysis, whatever date it names', () => {
  it('leaves out "was widely seen as" and keeps the anchor on the day told before it', () => {
    expect(
      timeline(
        'On 10 February, the rebels lost the bridge. The loss was widely seen as a blow to the movement, coming the same week as its defeat in the north. The next day, they withdrew.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
    expect(timeline('The withdrawal of 5 March was generally regarded as a defeat.')).toEqual([]);
  });
  it('leaves out the present "is often cited as", "is widely seen as": how the many judge it now', () => {
    const judged = 'The battle is often cited as the moment when the government regained the initiative after the losses of early 2013.';
    expect(timeline(`On 2 April 2013 the rebels took the town. ${judged}`, {})).toEqual(['2013-04-02 day «2 April 2013»']);
    expect(timeline('The fall of the town in May 2016 is widely seen as a turning point.', {})).toEqual([]);
  });
  it('keeps a view told of one day, and a clause before the judgement with its own date', () => {
    expect(timeline('On 5 March the town was seen as lost.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('The council was formed on 5 March, a body that was widely regarded as the rebels’ arm.')).toEqual(['2012-03-05 day «5 March»']);
  });
});

describe('weighing in the present how things look is analysis, whatever its date counts from', () => {
  it('leaves out "Eight years later, his allies look far less able …" and keeps a hedged happening', () => {
    expect(timeline('In March 2004, the army retook the city. Eight years later, his allies look far less able to save him.', {})).toEqual([
      '2004-03 month «March 2004»',
    ]);
    expect(timeline('The army seems unlikely to hold the city by 20 April.')).toEqual([]);
    expect(timeline('Russian forces appear to have captured the village on 5 March.')).toEqual(['2012-03-05 day «5 March»']);
  });

  it('leaves out an open question of the writer\'s day ("It is not clear where he is being held tonight"), not a past happening asked about', () => {
    const post = { published: '2023-07-27' };
    expect(extractTimeline('It is not clear where the president is being held tonight, or whether he has resigned.\n', post)).toEqual([]);
    expect(extractTimeline('It is unclear who fired the missile that hit the market on Wednesday.\n', post).map((event) => event.date)).toEqual(['2023-07-26']);
    const surmised =
      'On Tuesday, gunmen attacked the school. It is not clear how the gunmen, who appear to have entered the city during the night, passed the checkpoints.\n';
    expect(extractTimeline(surmised, post).map((event) => event.date)).toEqual(['2023-07-25']);
  });

  it('leaves out a remark on the timing of a happening told, named by the post\'s label ("Tuesday\'s attack came a day after …")', () => {
    const post = { published: '2024-09-19' };
    const prose =
      "On Tuesday, gunmen attacked the school. Tuesday's attack came a day after the first anniversary of the alliance, founded on 16 September 2023, and five days before independence day.\n";
    expect(extractTimeline(prose, post).map((event) => event.date)).toEqual(['2024-09-17']);
  });

  it('keeps a happening told in a first main clause before a second one weighing how things look', () => {
    expect(timeline('On 5 March the army said it backed the soldiers, and it now looks unlikely that the president will return.')).toEqual([
      '2012-03-05 day «5 March»',
    ]);
  });

  it('leaves out "A week later it is clear that …" and keeps how things stood on a day of the story', () => {
    expect(timeline('On 6 March, the army crossed the border. A week later it is clear that this is no raid. The next day, it took the town.')).toEqual([
      '2012-03-06 day «6 March»',
      '2012-03-07 day «The next day»',
    ]);
    expect(timeline('By 5 May it was clear that the town would fall.')).toEqual(['2012-05-05 day «5 May»']);
  });
});

describe('saying from today what the story was is analysis, whatever its date measures', () => {
  it('leaves out "Observers have described the siege as typical of army tactics in 2012" and keeps the anchor on the day before', () => {
    expect(
      timeline('On 10 February, the siege began. Observers have described the siege as typical of army tactics in 2012. The next day, rebels withdrew.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
    expect(timeline('Historians have characterised the retreat as the turning point of the war in 2012.')).toEqual([]);
    expect(timeline('The defence of the town has since been regarded by many officers as a model for the fighting in March 2012.')).toEqual([]);
    expect(timeline('The battle has been cited by analysts as an example of the tactic, adopted after the losses of tanks in 2011.')).toEqual([]);
    expect(timeline('The fall of Hirnyk, Ukrainsk and Selydove in the autumn of 2011 has been attributed by analysts to a lack of infantry.')).toEqual([]);
    expect(timeline('After the town fell on 5 May, the battle has been called a turning point.')).toEqual(['2012-05-05 day «5 May»']);
  });
  it('keeps a description made on a day of the story, and a call made then', () => {
    expect(timeline('On 5 March the minister described the attack as a crime.')).toEqual(['2012-03-05 day «5 March»']);
    expect(timeline('Residents have called for an inquiry, and on 5 March the police described the strike as deliberate.')).toEqual([
      '2012-03-05 day «5 March»',
    ]);
  });
});

describe('a judgement made in hindsight is analysis, whatever it dates', () => {
  it('leaves it out and keeps the anchor on the day told before it', () => {
    expect(
      timeline(
        'On 10 February, the siege began. In hindsight, the 10 February assault was the moment the plan depended on, and it failed within hours. Looking back, the siege ended on 3 March. The next day, rebels withdrew.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-11 day «The next day»']);
  });
  it('leaves out the writer surmising from where things stand now, and keeps a plain "For now" state', () => {
    const surmise = 'On 10 February, the siege began. For now, the army appears to have used the night of 10 February to regroup.';
    expect(timeline(surmise)).toEqual(['2012-02-10 day «10 February»']);
    expect(timeline('On 10 February, the siege began. For now, the army held the bridge on 12 February.')[1]).toBe('2012-02-12 day «12 February»');
  });
  it('leaves out a failure weighed by what it left or cost, and keeps a failure told as a happening', () => {
    expect(timeline('The failure to advance beyond the river in the spring of 2012 left the army with a long flank.')).toEqual([]);
    expect(timeline('The failure of the assault on 3 March was announced on 4 March.')).toHaveLength(1);
  });
  it('keeps a sentence that only mentions looking back in passing', () => {
    expect(timeline('On 12 February, officials looking back at the siege counted 40 dead.')).toEqual(['2012-02-12 day «12 February»']);
  });
});

describe("the reporters' own work is no happening of the story", () => {
  it('leaves out what they checked, whatever it dates, and keeps what they hear happen', () => {
    expect(
      timeline(
        'On 10 February, the siege began. We went through hours of radio intercepts from the first weeks of March. We also geolocated footage filmed on 2 March. Two days later, we hear a commander ask for fuel.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-12 day «Two days later»']);
  });

  it('leaves out the date of their talks by phone with the people who tell them what happened', () => {
    expect(timeline('On 10 February, the siege began. Survivors we spoke to by phone on 12 March said that the market has never reopened.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
  });

  it('leaves out a line that only credits the material, and takes no anchor from it', () => {
    expect(timeline('On 10 February, the siege began.\n\nScreenshot: Telegram, March 5\n\nThe next day, shells hit it.')).toEqual([
      '2012-02-10 day «10 February»',
      '2012-02-11 day «The next day»',
    ]);
    // The month abbreviated, as clip lines write it, and the year after the day.
    for (const credit of ['Screenshot: Telegram, Oct. 4', 'Screenshot: Telegram, Nov. 2, 2012'])
      expect(timeline(`On 10 February, the siege began.\n\n${credit}\n\nThe next day, shells hit it.`)).toEqual([
        '2012-02-10 day «10 February»',
        '2012-02-11 day «The next day»',
      ]);
  });

  it('leaves out the material they looked at or studied, whatever months it covers', () => {
    expect(timeline('On 10 February, the siege began. We looked at 48 videos, and at satellite images from March, April and May.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
  });

  it('leaves out their own visit and what they found there', () => {
    expect(timeline('On 10 February, the siege began. We visited the town on 28 February and found the school in ruins.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
    expect(timeline('On 10 February, the siege began. We drove the road twice in March.')).toEqual(['2012-02-10 day «10 February»']);
    const found = 'We found families from the village in all three towns this month.';
    expect(timeline(`Gunmen burned the market on Monday. ${found}`, { published: '2025-11-19' })).toEqual(['2025-11-17 day «on Monday»']);
    expect(timeline('On 10 February, the siege began. We met the mayor in March.')).toEqual(['2012-02-10 day «10 February»']);
  });

  it("leaves out a blog post's single writer's visit and talks, and the mood of those they spoke to", () => {
    expect(timeline('On 10 February, the siege began. I visited the town on 28 February and found the school in ruins.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
    const post = extractTimeline('## Now\nOn Tuesday the sanctions were lifted. Businessmen I spoke to in Damascus this week were cautious.\n', {
      published: '2025-05-16',
    });
    expect(post.map((event) => event.dateText)).toEqual(['On Tuesday']);
  });

  it('leaves out their own count of what the material shows, as the guide reads "We counted at least nine attacks"', () => {
    expect(timeline('On 10 February, the siege began. We counted at least 40 burned-out vehicles in videos from the first week of March.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
  });

  it("leaves out the material they used to work out what happened, whose date is the story's span", () => {
    expect(timeline('We used videos posted by residents and satellite images to reconstruct what happened to the depot in March 2012.')).toEqual([]);
    expect(timeline('We used the lull in March 2012 to leave the town.')).toEqual(['2012-03 month «March 2012»']);
    expect(timeline('We used 24 clips filmed by residents, and we spoke to four people who stayed through the summer of 2012.')).toEqual([]);
  });

  it('leaves out their visit on a day they open with, which still anchors what follows', () => {
    expect(
      timeline('On 10 February, the siege began. On 13 February we return to the district with a drone. Residents who come back that afternoon find silt.'),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-13 day «that afternoon»']);
  });

  it('leaves out their visit told around its day ("When we come back on 28 May", "It\'s 3 March when we first drive in"), which still anchors', () => {
    expect(timeline("It's 3 March when we first drive in, past a school with no roof. The next morning, drones drop two bombs.")).toEqual([
      '2012-03-04 day «The next morning»',
    ]);
    expect(timeline('On 10 May, the bridge fell. When we come back on 28 May, her house still stands, but the goats are gone.')).toEqual([
      '2012-05-10 day «10 May»',
    ]);
  });

  it('leaves out the time they spent with the people they report on', () => {
    expect(timeline('We followed a team of sappers through three villages over the spring of 2012 and geolocated 22 clips.')).toEqual([]);
    expect(timeline('We spent parts of June, July and August in the town, filmed with residents and geolocated 60 videos.')).toEqual([]);
  });

  it('leaves out their return to a place, as their visit', () => {
    expect(timeline('On 10 February, the siege began. We went back to the landing a couple of days later and found the ramp blown.')).toEqual([
      '2012-02-10 day «10 February»',
    ]);
  });

  it('leaves out a date of their work in a clause ("the debris we filmed that morning"), not one past the clause', () => {
    expect(
      timeline(
        'On 10 February, the siege began. The debris we filmed in Homs that morning matches a cruise missile. The video we geolocated on 12 February shows a tank. Footage we geolocated to Homs shows tanks on 14 February.',
      ),
    ).toEqual(['2012-02-10 day «10 February»', '2012-02-14 day «14 February»']);
  });
});

describe('a date inside what the subject was regarded or seen as', () => {
  it('dates that judgement’s content, not the sentence, which its opening participle dates', () => {
    expect(
      timeline(
        'Formed on 10 March 2014 by the merger of 19 brigades, it was regarded as one of the groups closest to the Brotherhood and, from 2016, to Turkey.',
        {},
      ),
    ).toEqual(['2014-03-10 day «10 March 2014»']);
    expect(timeline('The group was widely seen as the strongest faction in 2015.', {})).toEqual([]);
    expect(timeline('The group is best known for its confrontation with the al-Nusra Front in March 2016.', {})).toEqual([]);
    expect(timeline('The capture of the town was described by opposition media as the largest rebel gain in 2013.', {})).toEqual([]);
    expect(timeline('The journalist Thomas de Waal called the fall of the town in May 1992 the most serious defeat of the war.', {})).toEqual([]);
  });
  it('dates the happening a "which" clause tells inside it, on its date ("the coup of 30 September, in which …")', () => {
    const coup = 'The attack is regarded as one of the causes of the coup of 30 September, in which a captain overthrew the head of the junta.';
    expect(timeline(coup)).toEqual(['2012-09-30 day «30 September»']);
  });
  it('keeps a view told of one day', () => {
    expect(timeline('On 5 March 2012 the town was seen as lost.', {})).toEqual(['2012-03-05 day «5 March 2012»']);
  });
  it('leaves a second main clause with its own date to the story, however the first judged', () => {
    const announced = 'and the president announced on 17 April that the brigade would be disbanded.';
    expect(timeline(`The incident was seen as a humiliation for the army, ${announced}`)).toEqual(['2012-04-17 day «17 April»']);
    expect(timeline(`The incident was widely seen as a humiliation for the army, ${announced}`)).toEqual(['2012-04-17 day «17 April»']);
  });
  it('ends the judgement at a second verb of the subject, whose date is its own', () => {
    expect(timeline('He was often seen as the most ideological member of the junta, and had told parliament in May 2012 that it would fall.', {})).toEqual([
      '2012-05 month «May 2012»',
    ]);
  });
});

describe('"what happened" with its date, weighed by a verb', () => {
  it('judges a happening already told, a written-out date or a post’s weekday', () => {
    const post = { published: '2022-10-22' };
    const told = 'Police fired on protesters on Thursday.';
    expect(timeline(`${told} For many, what happened on Thursday confirmed what the opposition had said.`, post)).toEqual(['2022-10-20 day «on Thursday»']);
    expect(timeline(`${told} What happened on 20 October showed that the transition was never meant to end.`, post)).toEqual(['2022-10-20 day «on Thursday»']);
  });
});
