import { describe, expect, it } from 'vitest';
import { ownDescription } from '../../../src/model/ownDescription.ts';

const DONBAS_BODY = `### What is going on in the Donbas?

Fighting between Donetsk People's Republic separatist forces affiliated with Russia and Ukrainian forces broke out at
Donetsk International Airport on 28 September 2014, despite a ceasefire agreed in Minsk.`;
const CHAD = 'Chad has played a key role in Western anti-terrorism efforts in the Sahel for years. Warlord-President Idriss Déby fulfilled the role.';

describe('ownDescription: the frontmatter text that describes this article', () => {
  it('keeps a description whose names the article tells', () => {
    const frontmatter = { title: 'Fighting at the airport', description: 'Separatists attacked Donetsk International Airport despite the Minsk ceasefire.' };
    expect(ownDescription(frontmatter, DONBAS_BODY)).toBe(frontmatter.description);
  });

  it('passes over a description left over from another post, for the excerpt', () => {
    const excerpt = 'Ukrainian troops near Donetsk were put on alert after the ceasefire broke down.';
    expect(ownDescription({ title: 'Fighting continues despite cease fire in Ukraine', description: CHAD, excerpt }, DONBAS_BODY)).toBe(excerpt);
  });

  it('is not vouched for by countries alone, which the dataset’s posts share', () => {
    const grain = 'The Black Sea Grain Initiative allowed Ukraine to export grain despite the war. Since Russia pulled out, ships sail alone.';
    expect(ownDescription({ title: 'Russia closes in on Donetsk in Ukraine', description: grain }, DONBAS_BODY)).toBeUndefined();
  });

  it('keeps a text it cannot judge, with no name but a day or a month', () => {
    expect(ownDescription({ title: 'First post', description: 'Lorem ipsum dolor sit amet' }, 'Text.')).toBe('Lorem ipsum dolor sit amet');
    expect(ownDescription({ title: 'First post', description: 'Fighting resumed on Thursday, as in March.' }, 'Text.')).toBe(
      'Fighting resumed on Thursday, as in March.',
    );
  });

  it('finds a name by its last word, as a later sentence calls a man', () => {
    const body = 'Déby died of wounds on 20 April 2021, the army said.';
    expect(ownDescription({ title: 'Chad after the death of its president', description: 'President Idriss Déby died at the front.' }, body)).toBe(
      'President Idriss Déby died at the front.',
    );
  });
});
