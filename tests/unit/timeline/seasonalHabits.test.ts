/** What a season or a month usually brings names every year's, no happening of the story (guide: a habit). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

const POST = { published: '2025-06-23' };

describe('a month or a season told with an adverb of habit', () => {
  it('dates nothing, told in the present or in the past', () => {
    expect(timeline('On Thursday gunmen attacked. The fighting usually slows with the rains in the summer.', POST)).toEqual(['2025-06-19 day «On Thursday»']);
    expect(timeline('On Thursday gunmen attacked. The roads are usually cut by floods in August.', POST)).toEqual(['2025-06-19 day «On Thursday»']);
    expect(timeline('On Thursday gunmen attacked. Herders normally moved south in early November.', POST)).toEqual(['2025-06-19 day «On Thursday»']);
    // "often" is an adverb of habit too, and a time after "at" is put in by it as one after "in".
    const drifts = 'The road over the plateau is often closed by drifts in January and February.';
    expect(timeline(`On Thursday gunmen attacked. ${drifts}`, POST)).toEqual(['2025-06-19 day «On Thursday»']);
    expect(timeline('On Thursday gunmen attacked. The rains usually reach the district at the end of June.', POST)).toEqual(['2025-06-19 day «On Thursday»']);
    // A span of months, both its ends.
    const snow = 'The pass is usually blocked by snow from November to late May, and the village can only be reached by helicopter.';
    expect(timeline(`On Thursday gunmen attacked. ${snow}`, POST)).toEqual(['2025-06-19 day «On Thursday»']);
    // What is common in a season, in the present, comes every year.
    expect(timeline('On Thursday hail fell. Hail is common in the foothills in early summer, but this storm was the heaviest.', POST)).toEqual([
      '2025-06-19 day «On Thursday»',
    ]);
    expect(timeline('On Thursday a mudflow hit. Mudflows are common on the southern slopes in late spring and summer.', POST)).toEqual([
      '2025-06-19 day «On Thursday»',
    ]);
  });

  it('keeps a month or a season with its year, and one told without the adverb', () => {
    // An infinitive after "began to" is no present of habit.
    expect(timeline('The ferry reopened on 18 May 2025. The river began to fall in June, as less water came through the dams.', POST)[1]).toBe(
      '2025-06 month «June»',
    );
    expect(timeline('The fighting usually slowed with the rains, but in the summer of 2024 it did not.', POST)).toEqual(['2024 year summer «summer of 2024»']);
    expect(timeline('On Thursday gunmen attacked. The roads were cut by floods in August.', POST)).toEqual([
      '2025-06-19 day «On Thursday»',
      '2024-08 month «August»',
    ]);
  });
});

describe('a season the land is worked in, told in the present passive', () => {
  it('is every year’s, as a habit is; told in the past it is the year just told', () => {
    const took = 'The army took the town in 2018.';
    expect(timeline(`${took} The stony fields around it are sown with wheat and barley in the winter.`, {})).toEqual(['2018 year «2018»']);
    expect(timeline(`${took} The red soil is planted with olive and almond trees, and the fields are sown with wheat in winter.`, {})).toEqual([
      '2018 year «2018»',
    ]);
    const fallow = 'Most fields are sown with wheat, barley and chickpeas in the winter and left fallow in the summer.';
    expect(timeline(`${took} ${fallow}`, {})).toEqual(['2018 year «2018»']);
    expect(timeline(`${took} The fields were sown with wheat in the winter.`, {})).toEqual(['2018 year «2018»', '2018 year winter «winter»']);
    // So is the season flocks are grazed in, told in the present, and what people used to do in a season.
    expect(timeline(`${took} To the east lies the steppe, where the families graze sheep in the winter.`, {})).toEqual(['2018 year «2018»']);
    expect(timeline(`${took} It lies by a lake where families used to fish and swim in the summer.`, {})).toEqual(['2018 year «2018»']);
  });
});

describe('a share of the year', () => {
  it('is every year in the present or its perfect, and the year just told in the past', () => {
    const opening = 'In the spring of 2018 the brigade returned to the front.';
    expect(timeline(`${opening} The springs have been dry for most of the year since the 2000s.`)).toEqual(['2018 year spring «spring of 2018»']);
    expect(timeline(`${opening} The pass is closed for much of the year.`)).toEqual(['2018 year spring «spring of 2018»']);
    const stream = 'A seasonal stream, dry for most of the year, runs past the village.';
    expect(timeline(`${opening} ${stream}`)).toEqual(['2018 year spring «spring of 2018»']);
    expect(timeline(`${opening} The front then stalled for most of the year.`)).toEqual([
      '2018 year spring «spring of 2018»',
      '2018 year «for most of the year»',
    ]);
  });
});

describe('a month in a present description of the climate or a river', () => {
  it('dates nothing: the rain that falls almost entirely in some months, the river at its highest, the heat that often comes', () => {
    const first = 'In 1984 the project began.';
    expect(timeline(`${first} Rain falls almost entirely between June and September, in short and violent storms.`, {})).toHaveLength(1);
    expect(timeline(`${first} The river is at its highest in April and May, when snow melts in the mountains.`, {})).toHaveLength(1);
    expect(timeline(`${first} The river is highest in April and May, when the snow melts in the mountains.`, {})).toHaveLength(1);
    // A passive of habit after the months, and the months set beside a season of every year or its harvest.
    expect(timeline(`${first} Winters are cold, and in January and February the road to Tatev is often closed.`, {})).toHaveLength(1);
    expect(timeline(`${first} The river runs only in the rainy season, from June to September, but water stays close.`, {})).toHaveLength(1);
    expect(timeline(`${first} The harvest, from October to December, is one of the most dangerous times.`, {})).toHaveLength(1);
    expect(timeline(`${first} In the hot season, from March to May, the temperature often rises above 40 °C.`, {})).toHaveLength(1);
    // A sentence describing the climate, whatever stands between it and its months.
    expect(timeline(`${first} The climate is hot and semi-arid, with about 500 mm of rain a year, most of it falling in July and August.`, {})).toHaveLength(1);
    expect(timeline(`${first} The climate is Sudanian, with a single rainy season from May to October.`, {})).toHaveLength(1);
    // Or its winters in the plural, a climate clause after an opening one, and what a good year brings.
    expect(timeline(`${first} Winters are long and snowy, with snow cover lasting from November to April.`, {})).toHaveLength(1);
    expect(timeline(`${first} Because it lies low, its climate is hotter, with most of its rain in August.`, {})).toHaveLength(1);
    expect(timeline(`${first} The pond fills in the rains and in good years holds water until January.`, {})).toHaveLength(1);
    // The months a place or a trade is open only in.
    expect(timeline(`${first} Owners of the beach cafés, most of which open only from June to September, say they lost money.`, {})).toHaveLength(1);
    expect(timeline(`${first} The road over the pass, which is open only from July to September, is to be rebuilt.`, {})).toHaveLength(1);
    // The months a yearly rainfall is told to fall in, with no word on the climate.
    expect(timeline(`${first} Rain is rare, with an average of less than 40 mm a year, most of it falling in August.`, {})).toHaveLength(1);
    expect(timeline(`${first} The plain receives about 500 millimetres of rain a year, most of it between November and March.`, {})).toHaveLength(1);
    expect(timeline(`${first} The annual rainfall is about 250 mm, almost all of it between July and September.`, {})).toHaveLength(1);
    // A river that begins to rise in a month every year, and a sentence opened by "In most years".
    expect(timeline(`${first} The river begins to rise in August.`, {})).toHaveLength(1);
    expect(timeline(`${first} In most years the harvest begins in late May, and the silos take in hundreds of lorries a day in June.`, {})).toHaveLength(1);
    // Told in the past, with its year, it is one happening.
    expect(timeline(`${first} The river was at its highest in April 1985.`, {})).toHaveLength(2);
  });
});
