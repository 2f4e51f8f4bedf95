const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * True for a real ISO 8601 date (and time): the schemas' patterns let "2026-02-30T25:00Z" through,
 * and the database would refuse it with an error that names the value, so it is checked here first.
 */
export function isRealDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0', oh = '0', om = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(s) < 60 &&
    Number(oh) <= 15 &&
    Number(om) < 60
  );
}

/** The first date field in a feedback or consent body that is not a real date, or undefined. */
export function unrealDate(body: Record<string, unknown>): string | undefined {
  if (typeof body.submittedAt === 'string' && !isRealDate(body.submittedAt)) return 'submittedAt';
  if (typeof body.at === 'string' && !isRealDate(body.at)) return 'at';
  const events = Array.isArray(body.events) ? (body.events as { at?: unknown }[]) : [];
  const i = events.findIndex((e) => typeof e.at === 'string' && !isRealDate(e.at));
  return i >= 0 ? `events[${i}].at` : undefined;
}
