/**
 * The exam clock follows the server: the attempt says when it ends (deadlineAt) and what time the
 * server had (serverNow). The page keeps the difference between the server's clock and its own
 * (the offset) and counts down from the deadline with it, so a wrong clock on the device changes
 * nothing.
 */

/** Server clock minus device clock, in ms, from a response's serverNow and when it was asked and answered. */
export function clockOffset(serverNow: string, requestedAt: number, answeredAt: number): number {
  // the server read its clock somewhere between the two: take the middle
  return Date.parse(serverNow) - (requestedAt + answeredAt) / 2;
}

/** Whole seconds left until the deadline, by the server's clock (never below 0). */
export function secondsLeft(deadlineAt: string, deviceNow: number, offsetMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(deadlineAt) - (deviceNow + offsetMs)) / 1000));
}

/** The warnings a timed exam gives: 5 minutes and 1 minute before the end. */
export const WARNINGS = [300, 60] as const;

/**
 * The warning to give now, if any: the smallest threshold crossed that was not given yet. A page
 * opened with 3 minutes left gives the 5-minute warning once, not a stale one for every threshold.
 */
export function warningDue(remaining: number, given: readonly number[], limitSeconds: number | null): number | null {
  const crossed = WARNINGS.filter((t) => remaining <= t && !given.includes(t) && (limitSeconds === null || limitSeconds > t));
  return crossed.length === 0 ? null : Math.min(...crossed);
}

export function warningText(threshold: number): string {
  return threshold >= 120
    ? `${threshold / 60} minutes left.`
    : threshold === 60
      ? '1 minute left.'
      : `${threshold} seconds left.`;
}
