// The evaluation report's pictures and words, pure: where each segment of a 100 %
// stacked or diverging bar goes, which shade and hatch it gets (so it reads in
// greyscale too), and how a share is said.
import type { Share } from './api/generated';
import { t } from './i18n/language.svelte';

/** One segment of a bar, in percent of the bar's full width. */
export type Segment = { point: number; x: number; width: number; percent: number };

/** Segments of a 100 % stacked bar, lowest point first, from the left. */
export function stacked(percents: number[]): Segment[] {
  let x = 0;
  return percents.map((percent, point) => {
    const segment = { point, x, width: percent, percent };
    x += percent;
    return segment;
  });
}

/**
 * Segments of a diverging bar on a 0–100 axis centred at 50: the disagreeing points
 * run left of the centre, the agreeing ones right, and a middle point (odd scales)
 * straddles it. Each side is half the axis, so a side's 100 % reaches the edge.
 */
export function diverging(percents: number[]): Segment[] {
  const n = percents.length;
  const middle = n % 2 === 1 ? (n - 1) / 2 : -1;
  const half = (p: number) => p / 2;
  const leftward = percents.slice(0, Math.floor(n / 2)).reduce((sum, p) => sum + half(p), 0) + (middle >= 0 ? half(percents[middle]) / 2 : 0);
  let x = 50 - leftward;
  return percents.map((percent, point) => {
    const segment = { point, x, width: half(percent), percent };
    x += half(percent);
    return segment;
  });
}

/** A fill for point `point` of `count`, light to dark, so order shows without colour. */
export function shade(point: number, count: number): string {
  const lightness = count <= 1 ? 40 : 88 - (point * 62) / (count - 1);
  return `hsl(187 45% ${lightness.toFixed(0)}%)`;
}

/** Text on a shade: dark on light fills, white on dark ones. */
export function inkOn(point: number, count: number): string {
  return count > 1 && point / (count - 1) > 0.45 ? '#ffffff' : '#16232a';
}

/** Every other point is hatched, so neighbours differ in greyscale prints too. */
export const hatched = (point: number) => point % 2 === 1;

/** "97% (112 of 115)", or that nobody answered. */
export function shareText(share: Share): string {
  if (share.percent === null) return t('report-share-none');
  return t('report-share', { percent: share.percent, count: share.count, of: share.of });
}

/** The segment label drawn inside a bar when it is wide enough to hold it. */
export function segmentLabel(segment: Segment): string {
  return segment.width >= 7 ? `${segment.percent}%` : '';
}
