// Dates as an Arabic reader expects them: Arabic month names, the Hijri date beside the
// Gregorian one. Locale, numbering system and time zone are always explicit.

export interface DateSettings {
  /** BCP 47 locale for month names, e.g. `ar-MA` (يناير) or `ar-SY` (كانون الثاني). */
  locale: string;
  /** `latn` for 0-9, `arab` for ٠-٩. */
  digits: 'latn' | 'arab';
}

const TIME_ZONE = 'UTC';

// Building an Intl formatter costs far more than using one: at 10,000 articles, making one
// per call took most of the render time, so each locale-and-options pair is made once.
// Formatting is costly too, and listings print the same few thousand days again and again:
// each formatter keeps the days it has written.
const formatters = new Map<string, { formatter: Intl.DateTimeFormat; days: Map<string, string> }>();

function format(iso: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = { formatter: new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options }), days: new Map() }));
  const day = iso.slice(0, 10);
  let text = made.days.get(day);
  if (text === undefined) {
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${iso}`);
    made.days.set(day, (text = made.formatter.format(date)));
  }
  return text;
}

export function gregorianDate(iso: string, settings: DateSettings): string {
  return format(iso, `${settings.locale}-u-nu-${settings.digits}`, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function hijriDate(iso: string, settings: DateSettings): string {
  const text = format(iso, `${settings.locale}-u-ca-islamic-umalqura-nu-${settings.digits}`, {
    day: 'numeric', month: 'long', year: 'numeric',
  });
  // Intl writes the era as "هـ"; keep its form but make sure it is there for every locale.
  return text.includes('هـ') ? text : `${text} هـ`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, settings: DateSettings): string {
  const locale = `${settings.locale}-u-nu-${settings.digits}`;
  let formatter = numberFormats.get(locale);
  if (!formatter) numberFormats.set(locale, (formatter = new Intl.NumberFormat(locale, { useGrouping: false })));
  return formatter.format(n);
}

/** A month's name alone, e.g. `مارس` (ar-MA) or `آذار` (ar-SY); `month` is 1-12. */
export function monthName(month: number, settings: DateSettings): string {
  const iso = `2000-${String(month).padStart(2, '0')}-15`;
  return format(iso, `${settings.locale}-u-nu-${settings.digits}`, { month: 'long' });
}

/** A month of a year, e.g. `مارس 2024`; `yearMonth` is `yyyy-mm`. */
export function monthYear(yearMonth: string, settings: DateSettings): string {
  return format(`${yearMonth}-15`, `${settings.locale}-u-nu-${settings.digits}`, { month: 'long', year: 'numeric' });
}
