/**
 * Calendar days as 'YYYY-MM-DD' strings. They sort and compare as strings and never pass
 * through Date, so no time zone can shift them.
 */
export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** True for a real calendar day written as YYYY-MM-DD (so not 2022-02-30). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toOrdinal(day: Day): number {
  const [y0, m, d] = day.split('-').map(Number) as [number, number, number];
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromOrdinal(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(day: Day, n: number): Day {
  return fromOrdinal(toOrdinal(day) + n);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return toOrdinal(b) - toOrdinal(a);
}

/** Every day from start to end, both included. */
export function dayRange(start: Day, end: Day): Day[] {
  const out: Day[] = [];
  for (let n = toOrdinal(start), last = toOrdinal(end); n <= last; n++) out.push(fromOrdinal(n));
  return out;
}

const WEEKDAYS = [
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
] as const;

/** English weekday name; 1970-01-01 was a Thursday. */
export function weekday(day: Day): string {
  return WEEKDAYS[((toOrdinal(day) % 7) + 7) % 7]!;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2022-01-06' → '6 January 2022'. */
export function formatDay(day: Day): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** '2022-01-06' → 'Thu 6 Jan'. */
export function formatDayShort(day: Day): string {
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${weekday(day).slice(0, 3)} ${d} ${MONTHS[m - 1]!.slice(0, 3)}`;
}

/** '2022-01-06' → '6 Jan', '6 янв.', '6 қаң.': the short day of timeline ticks and map labels. */
export function dayMonthIn(day: Day, locale: string): string {
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  const words = WORDS[locale as keyof typeof WORDS];
  if (!words) return `${d} ${MONTHS[m - 1]!.slice(0, 3)}`;
  return `${d} ${words.short[m - 1]}`;
}

/**
 * Why `value` is not a day of the period, in words, or null when it is one: the one check
 * behind the command-line tools, links and the headless API.
 */
export function dayProblem(value: string, period: { start: Day; end: Day }): string | null {
  if (!isDay(value))
    return `"${value}" is not a calendar day written YYYY-MM-DD; valid days run from ${period.start} to ${period.end}`;
  if (value < period.start || value > period.end)
    return `${value} is outside the period the articles cover, ${period.start} to ${period.end}`;
  return null;
}

/** Month and weekday names for the interface's other languages (browsers lack some, e.g. Kazakh). */
const WORDS = {
  ru: {
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    short: [
      'янв.',
      'февр.',
      'мар.',
      'апр.',
      'мая',
      'июн.',
      'июл.',
      'авг.',
      'сент.',
      'окт.',
      'нояб.',
      'дек.',
    ],
    weekdays: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  },
  kk: {
    months: [
      'қаңтар',
      'ақпан',
      'наурыз',
      'сәуір',
      'мамыр',
      'маусым',
      'шілде',
      'тамыз',
      'қыркүйек',
      'қазан',
      'қараша',
      'желтоқсан',
    ],
    short: [
      'қаң.',
      'ақп.',
      'нау.',
      'сәу.',
      'мам.',
      'мау.',
      'шіл.',
      'там.',
      'қыр.',
      'қаз.',
      'қар.',
      'жел.',
    ],
    weekdays: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
  },
} as const;

/**
 * A day in words in a language: "Thursday, 13 January 2022", "четверг, 13 января 2022 г.",
 * "2022 жылғы 13 қаңтар, бейсенбі". Written out here rather than by Intl, whose Kazakh data
 * some browsers do not ship.
 */
export function formatDayIn(day: Day, locale: string, withWeekday = false): string {
  const words = WORDS[locale as keyof typeof WORDS];
  if (!words) return withWeekday ? `${weekday(day)}, ${formatDay(day)}` : formatDay(day);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dow = words.weekdays[(((toOrdinal(day) + 4) % 7) + 7) % 7]!;
  const date =
    locale === 'kk'
      ? `${y} жылғы ${d} ${words.months[m - 1]}`
      : `${d} ${words.months[m - 1]} ${y} г.`;
  if (!withWeekday) return date;
  return locale === 'kk' ? `${date}, ${dow}` : `${dow}, ${date}`;
}

/** The Kazakh months, January first, as the readers of dates in text need them too. */
export const KAZAKH_MONTHS: readonly string[] = WORDS.kk.months;
