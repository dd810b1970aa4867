/**
 * Row labels as Wikipedia's infobox templates print them. A field not listed here is still shown,
 * with its name humanised (`num_track` → "Num track"), so no field is ever dropped silently.
 */
const LABELS: Record<string, string> = {
  date: 'Date',
  partof: 'Part of',
  dates: 'Active',
  place: 'Location',
  location: 'Location',
  result: 'Result',
  status: 'Status',
  territory: 'Territorial changes',
  country: 'Country',
  allegiance: 'Allegiance',
  branch: 'Branch',
  type: 'Type',
  role: 'Role',
  size: 'Size',
  command_structure: 'Part of',
  garrison: 'Garrison/HQ',
  battles: 'Engagements',
  notable_commanders: 'Notable commanders',
  native_name: 'Native name',
  settlement_type: 'Settlement type',
  population_total: 'Population',
  population_as_of: 'Population as of',
  timezone: 'Time zone',
  utc_offset: 'UTC offset',
  timezone_dst: 'Summer time (DST)',
  utc_offset_dst: 'UTC offset (DST)',
  crosses: 'Crosses',
  carries: 'Carries',
  locale: 'Locale',
  official_name: 'Official name',
  mainspan: 'Longest span',
  clearance_below: 'Clearance below',
  inaugurated: 'Inaugurated',
  open: 'Opened',
  begin: 'Construction start',
  complete: 'Construction end',
  num_track: 'Tracks',
  cost: 'Construction cost',
  traffic: 'Daily traffic',
  commander1: 'Commander',
  commander2: 'Commander',
};

/** The label of an infobox field: Wikipedia's wording where known, else the humanised name. */
export function fieldLabel(name: string): string {
  const known = LABELS[name];
  if (known) return known;
  const words = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
