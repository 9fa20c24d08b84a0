// Durations as people write them: "30m", "1h30m", "90s", "500ms", "1.5h".

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;

/** Milliseconds, or undefined when the text is not a duration (a unit is required). */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (!DURATION.test(t)) return undefined;
  let total = 0;
  for (const [, amount, unit] of t.matchAll(PART)) total += Number(amount) * UNIT_MS[unit];
  return Math.round(total);
}
