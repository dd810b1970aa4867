const SPAN = /^(\d{1,2}) ([A-Z][a-z]+) (\d{3,4}) – (\d{1,2}) ([A-Z][a-z]+) (\d{3,4})$/;

/**
 * A span of two days in words writes what they share once, as Wikipedia's infoboxes do: "8 July 2024 – 10 July 2024"
 * is "8–10 July 2024", "27 February 2022 – 23 March 2022" is "27 February – 23 March 2022". Other text is returned as is.
 */
export function shortenDateSpan(text: string): string {
  const match = SPAN.exec(text);
  if (!match) return text;
  const [, startDay, startMonth, startYear, endDay, endMonth, endYear] = match;
  if (startYear !== endYear) return text;
  return startMonth === endMonth ? `${startDay}–${endDay} ${endMonth} ${endYear}` : `${startDay} ${startMonth} – ${endDay} ${endMonth} ${endYear}`;
}
