/** How a person came to their post, told in a "who" clause, says who they are: its date is no event's (GUIDE.md). */
import { describe, expect, it } from 'vitest';
import { timeline } from './timelineOf.ts';

describe('a person named by how they came to their post', () => {
  const article = { title: 'Rubikon (military unit)' };

  it('dates nothing when the clause closes the sentence, or stands inside an appositive', () => {
    const belousov = 'The idea was taken up by Belousov, an economist who replaced Sergei Shoigu as defence minister in May 2024.';
    expect(timeline(belousov, article)).toEqual([]);
    expect(timeline('The idea was taken up by Mara, who replaced Ly in April 2014.', article)).toEqual([]);
  });

  it('leaves the main clause its own date', () => {
    const order = 'On 8 August 2024 the order was signed by Belousov, who had replaced Shoigu in May.';
    expect(timeline(order, article)).toEqual(['2024-08-08 day «8 August 2024»']);
  });
});
