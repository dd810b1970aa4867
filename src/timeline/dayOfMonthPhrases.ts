/**
 * A day of the anchor's month named by its ordinal alone ("said on the 27th", "around the 20th", "The
 * 16th was a Saturday."), never a unit's ("the 9th Brigade"). Read last of the relative phrases
 * (`relativePhrases.ts`), so "the 9th" inside a longer phrase is that phrase's.
 */
import { JUDGED_DAY, WEEKDAY, WEEKDAY_NEEDS, type Rule } from './relativeVocabulary.ts';

/** Words naming a unit after its number ("the 9th Brigade", "the 3rd Assault Brigade"), so the ordinal before them is no day. */
const UNIT_WORD =
  '(?:Brigade|Division|Regiment|Battalion|Army|Corps|Company|Squadron|Fleet|Guards|Assault|Air|Airborne|Mechani[sz]ed|Motori[sz]ed|Motor|Infantry|Tank|Armou?red|Marine|Separate|Special|Artillery|Rifle|Mountain|Territorial|Operational|Light|Heavy|Combined|Border|National|Independent|Ukrainian|Russian|Syrian|Belorussian|Baltic|Caucasus)\\b';
/** A lower-case noun after a name that makes it a unit's ("the 9th Kraken battalion"). */
const UNIT_NOUN = '(?:brigade|division|regiment|battalion|company|squadron|unit|detachment|corps|army|group)\\b';

export const DAY_OF_MONTH_PHRASES: Rule[] = [
  // "The 16th was a Saturday.", "The 9th is the worst day for the town.": a sentence naming a day of the anchor's month and its
  // weekday, or judging it (an anchor, no event: dayNamingLine.ts).
  {
    pattern: new RegExp(`^[Tt]he (\\d{1,2})(?:st|nd|rd|th)(?= (?:was|is) (?:a ${WEEKDAY}|${JUDGED_DAY})\\b)`, 'g'),
    needs: [...WEEKDAY_NEEDS, ' day'],
    unit: 'dayOfMonth',
    amount: (day) => day,
  },
  // "It's the 20th when the evacuation crew first reaches the village": a report's cleft naming a day of the anchor's month, as
  // "It's October 20 when …" names its date.
  {
    pattern: /^It['’]s the (\d{1,2})(?:st|nd|rd|th)(?=,?\s+when\b)/g,
    needs: ["it's the", 'it’s the'],
    unit: 'dayOfMonth',
    amount: (day) => day,
  },
  // "Around the 20th": a day of the anchor's month, hedged; before a capitalised word it names a unit ("a battle group built around
  // the 2nd Foreign Parachute Regiment"), so case-sensitive.
  {
    pattern: /\b(?:[Aa]round|[Aa]bout) the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:[A-Z]|century\b))/g,
    needs: ['around the', 'about the'],
    unit: 'dayOfMonth',
    amount: (day) => day,
    qualifier: 'around',
  },
  // A bare ordinal names a day of the anchor's month ("said on the 27th that …", "told us that on the 9th her street …", "On the 27th Saldo's
  // people claimed", "On the 14th Kraken and other units reached", "her chat from the 11th (times …)"); "the 9th Brigade", "the 9th
  // Brigade's", "the 3rd Assault Brigade" and "the 9th Kraken battalion" name a unit. A time of that day may come first ("had reached
  // Bourzanga by the evening of the 25th"). "date from the 16th and 17th centuries" names centuries.
  {
    pattern: new RegExp(
      `\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|(?:morning|afternoon|evening|night) of) (?:the )?(\\d{1,2})(?:st|nd|rd|th)\\b(?!(?:\\s+(?:and|or|to)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th))?\\s+centur)(?=\\s*(?:$|[,.;:)(]|\\s(?:and|when|as|at|in|after|before|with|while|that|the|a|an|his|her|their|its|our|my|he|she|they|we|it|[a-z]+ed)\\b|\\s(?!${UNIT_WORD})[A-Z][a-z]+['’]s\\b|\\s(?!${UNIT_WORD})[A-Z][a-z]+\\s(?!${UNIT_NOUN})[a-z]))`,
      // Case-sensitive: a name is capitalised, "the 14th day of the siege" is no day of the month.
      'g',
    ),
    needs: ['on ', 'by ', 'until ', 'from ', 'morning of', 'afternoon of', 'evening of', 'night of'],
    unit: 'dayOfMonth',
    amount: (day) => day,
  },
];
