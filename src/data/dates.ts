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
] as const;

/** "2025-09" -> "September 2025" (the schema guarantees the YYYY-MM shape); every view says it so. */
export function formatYearMonth(isoYearMonth: string): string {
  const [year, month] = isoYearMonth.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && year ? `${name} ${year}` : isoYearMonth;
}
