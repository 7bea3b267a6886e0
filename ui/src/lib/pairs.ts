// Pairs as the pairing form edits them: each member's group number, turned back into
// the groups the core saves, and the words for kinds and rules. Pure, for tests.
import type { PairKind, PairRule } from './api/generated';

export const KINDS: { key: PairKind; message: string }[] = [
  { key: 'growthCoaches', message: 'community-pairs-kind-coaches' },
  { key: 'mentoring', message: 'community-pairs-kind-mentoring' },
  { key: 'accountabilityPartners', message: 'community-pairs-kind-partners' },
];

export const RULES: Record<PairRule, string> = {
  differentOrganizations: 'community-pairs-rule-organizations',
  experiencedWithNewer: 'community-pairs-rule-experience',
  sharedStandards: 'community-pairs-rule-standards',
  noRepeats: 'community-pairs-rule-no-repeats',
  repeatsAllowed: 'community-pairs-rule-repeats',
  trioForOddNumber: 'community-pairs-rule-trio',
};

export function kindMessage(kind: PairKind): string {
  return KINDS.find((k) => k.key === kind)?.message ?? 'community-pairs-kind-coaches';
}

/** Each member's group number (1-based) in a suggestion's groups. */
export function assignmentOf(groups: string[][]): Record<string, number> {
  return Object.fromEntries(groups.flatMap((group, index) => group.map((id) => [id, index + 1])));
}

/** The groups the assignment makes, in group order, empty groups left out; members
 * given no group (0) are left out too. */
export function groupsOf(assignment: Record<string, number>, order: string[]): string[][] {
  const numbers = [...new Set(order.map((id) => assignment[id] ?? 0).filter((n) => n > 0))].sort((a, b) => a - b);
  return numbers.map((n) => order.filter((id) => assignment[id] === n));
}
