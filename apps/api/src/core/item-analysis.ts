/**
 * Classical item analysis of an exam from first attempts: each row is one student, each column
 * one item, scored 0..1. Facility is the share of the marks obtained; discrimination is the
 * corrected item-total correlation (the item against the total of the other items); reliability
 * is KR-20 / Cronbach's alpha (they agree for 0/1 items).
 */

export interface ItemStatistics {
  facility: number;
  /** Null when it cannot be computed (the item or the rest of the test has no variance). */
  discrimination: number | null;
  flags: ItemFlag[];
}

export type ItemFlag = 'too-hard' | 'too-easy' | 'poor-discrimination';

export const FLAG_THRESHOLDS = { minFacility: 0.3, maxFacility: 0.8, minDiscrimination: 0.1 } as const;

export interface ItemAnalysis {
  students: number;
  items: ItemStatistics[];
  /** Cronbach's alpha (equal to KR-20 for 0/1 scoring); null with fewer than 2 items or 2 students, or no score variance. */
  reliability: number | null;
  meanScore: number;
}

export function analyseItems(scores: readonly (readonly number[])[]): ItemAnalysis {
  const students = scores.length;
  const itemCount = scores[0]?.length ?? 0;
  const totals = scores.map((row) => sum(row));
  const items = Array.from({ length: itemCount }, (_, j) => {
    const item = scores.map((row) => row[j] ?? 0);
    const rest = scores.map((row, i) => (totals[i] ?? 0) - (row[j] ?? 0));
    const facility = students === 0 ? 0 : mean(item);
    const discrimination = pearson(item, rest);
    return {
      facility: round(facility),
      discrimination: discrimination === null ? null : round(discrimination),
      flags: flagsFor(facility, discrimination),
    };
  });
  return {
    students,
    items,
    reliability: cronbachAlpha(scores, totals, itemCount),
    meanScore: round(students === 0 ? 0 : mean(totals)),
  };
}

function flagsFor(facility: number, discrimination: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (facility < FLAG_THRESHOLDS.minFacility) flags.push('too-hard');
  if (facility > FLAG_THRESHOLDS.maxFacility) flags.push('too-easy');
  if (discrimination === null || discrimination < FLAG_THRESHOLDS.minDiscrimination) flags.push('poor-discrimination');
  return flags;
}

/** alpha = k/(k-1) * (1 - sum of item variances / variance of totals), population variances. */
function cronbachAlpha(scores: readonly (readonly number[])[], totals: number[], k: number): number | null {
  if (k < 2 || scores.length < 2) return null;
  const totalVariance = variance(totals);
  if (totalVariance === 0) return null;
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += variance(scores.map((row) => row[j] ?? 0));
  return round((k / (k - 1)) * (1 - itemVariances / totalVariance));
}

export function pearson(x: readonly number[], y: readonly number[]): number | null {
  if (x.length < 2) return null;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function variance(values: readonly number[]): number {
  const m = mean(values);
  return mean(values.map((v) => (v - m) ** 2));
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** How often each option was chosen, and how many left the question blank (distractor analysis). */
export function responseCounts(
  optionIds: readonly string[],
  chosen: readonly (string | null)[],
): { counts: Map<string, number>; unanswered: number } {
  const counts = new Map(optionIds.map((id) => [id, 0]));
  let unanswered = 0;
  for (const id of chosen) {
    if (id === null || !counts.has(id)) unanswered++;
    else counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { counts, unanswered };
}
