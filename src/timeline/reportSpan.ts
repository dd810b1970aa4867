/** A report's lead sentence that names the stretch of time its material covers: a summary of the story's span, no event. */
/**
 * "This report follows four weeks in the autumn of 2025 when …", "This report is about one building …, which changed hands at
 * least four times in the summer of 2024": a report's lead naming the stretch it covers, or how often its subject changed in it,
 * sums up the story's span (guide), unlike "This report is about the morning of Sept. 30 …, where a line of cars is hit", which
 * names its one happening.
 */
const REPORT_SPAN =
  /^This\s+(?:report|video|film|story)\s+(?:follows|is\s+about|covers|traces|reconstructs|looks\s+at)\s+(?:the\s+)?(?:(?:first|last|final|opening|closing)\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+)?(?:days|weeks|months)\b/i;
/**
 * "This report follows the villages along that stretch of border over the spring", "This report follows the central market over
 * three weeks in June", "This report follows the town and its locomotive depot through 2024": the season, the year, or the count
 * of days, weeks or months, the report covers.
 */
const REPORT_SEASON =
  /^This\s+(?:report|video|film|story)\s+(?:follows|is\s+about|covers|traces)\b[^.;]{0,120}\b(?:over|through|during|throughout)\s+(?:the\s+(?:spring|summer|autumn|fall|winter)\b|\d{4}\b|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days|weeks|months)\b)/i;
const REPORT_SUBJECT_TIMES = /^This\s+(?:report|video|film|story)\s+is\s+about\b[^.;]{0,200}?\b(?:\w+)\s+times\s+(?:in|during|over|through)\s/i;
/**
 * "This report is about Chernihiv, …, which Russian troops tried to take in the first hours of the invasion and then besieged for
 * more than a month": what befell the report's subject for a stretch is the story's span, as how often it changed hands is.
 */
const REPORT_SUBJECT_STRETCH =
  /^This\s+(?:report|video|film|story)\s+is\s+about\b[^.;]{0,200}?\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days|weeks|months|month|week)\b/i;

/**
 * "This report follows Yampil from the Ukrainian counteroffensive in the autumn of 2022 to the shelling that returned in 2024": the
 * stretch a report covers, told by the happenings it runs from and to, or into ("from the summer of 2024 into the winter").
 */
const REPORT_FROM_TO = /^This\s+(?:report|video|film|story)\s+(?:follows|covers|traces)\b[^.;]{0,120}?\bfrom\s[^.;]{1,120}?\b(?:to|into|until|till)\s/i;

/**
 * "This report follows Hlushkivka through the occupation, the crossing of the river in September and the weeks after": the
 * happenings a report follows its subject through are the stretch it covers.
 */
const REPORT_THROUGH = /^This\s+(?:report|video|film|story)\s+(?:follows|traces)\b[^.;]{0,120}?\bthrough\s+(?:the|its|their|his|her)\s/i;

/** Whether a lead sentence tells what stretch a report covers (see REPORT_SPAN). */
export function scopesReportSpan(sentence: string, inLead: boolean): boolean {
  return (
    inLead &&
    (REPORT_SPAN.test(sentence) ||
      REPORT_SUBJECT_TIMES.test(sentence) ||
      REPORT_SUBJECT_STRETCH.test(sentence) ||
      REPORT_SEASON.test(sentence) ||
      REPORT_FROM_TO.test(sentence) ||
      REPORT_THROUGH.test(sentence))
  );
}
