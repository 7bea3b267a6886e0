// A development plan's vocabulary (the twelve Quality Standards, a goal's statuses)
// with the messages that name them, and the goal form's rows turned into what the core
// saves. Pure, so the form's rules are tested without a screen.
import type { GoalFields, GoalStatus, GoalStep, QualityStandard } from './api/generated';
import { keyed, type Keyed } from './rows';

/** The Quality Standards for Expanded Learning in California, in their published order. */
export const STANDARDS: { key: QualityStandard; message: string }[] = [
  { key: 'safeAndSupportive', message: 'community-standard-safe' },
  { key: 'activeAndEngaged', message: 'community-standard-active' },
  { key: 'skillBuilding', message: 'community-standard-skills' },
  { key: 'youthVoice', message: 'community-standard-voice' },
  { key: 'healthyChoices', message: 'community-standard-healthy' },
  { key: 'diversityAccessEquity', message: 'community-standard-equity' },
  { key: 'qualityStaff', message: 'community-standard-staff' },
  { key: 'clearVision', message: 'community-standard-vision' },
  { key: 'collaborativePartnerships', message: 'community-standard-partnerships' },
  { key: 'continuousImprovement', message: 'community-standard-cqi' },
  { key: 'programManagement', message: 'community-standard-management' },
  { key: 'sustainability', message: 'community-standard-sustainability' },
];

export const STATUSES: { key: GoalStatus; message: string }[] = [
  { key: 'active', message: 'community-goal-status-active' },
  { key: 'achieved', message: 'community-goal-status-achieved' },
  { key: 'paused', message: 'community-goal-status-paused' },
  { key: 'dropped', message: 'community-goal-status-dropped' },
];

/** The message naming a standard, or undefined for none. */
export function standardMessage(key: QualityStandard | null | undefined): string | undefined {
  return STANDARDS.find((s) => s.key === key)?.message;
}

export function statusMessage(key: GoalStatus): string {
  return STATUSES.find((s) => s.key === key)?.message ?? 'community-goal-status-active';
}

/** A step as the form edits it: its date as the date field's text. */
export type StepRow = Keyed<{ text: string; by: string; done: boolean }>;

export function stepRows(steps: GoalStep[]): StepRow[] {
  return steps.map((s) => keyed({ text: s.text, by: s.by ?? '', done: s.done }));
}

/** The goal as the core saves it: steps with neither words nor a date are left out. */
export function goalFields(form: Omit<GoalFields, 'steps'>, rows: StepRow[]): GoalFields {
  const steps = rows
    .filter((r) => r.text.trim() || r.by)
    .map((r) => ({ text: r.text, by: r.by || undefined, done: r.done }));
  return { ...form, steps };
}
