/** Calendar words, shared by mention finding and relation patterns. */

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Wire-style abbreviations with their period ("Feb."). */
export const MONTH_ABBREVIATIONS_DOTTED = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
] as const;

/** The same abbreviations as a tokenizer may leave them, without the period. */
export const MONTH_ABBREVIATIONS = MONTH_ABBREVIATIONS_DOTTED.map((m) => m.slice(0, -1));

export const DAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
