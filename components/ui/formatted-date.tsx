/**
 * A date as a <time> element. Article dates are calendar days, so they are shown in UTC
 * (1 April stays 1 April in every time zone).
 */
export function FormattedDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const text = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : { timeZone: "UTC" }),
  }).format(date);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
