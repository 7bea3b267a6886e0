// A worksheet's prompts as the editor handles them: rated rows, levels and column heads
// typed one per line, and which prompt and field a refused save is about.
import type { Prompt, PromptKind, Worksheet } from './api/generated';
import { keyed, type Keyed } from './rows';

/** One prompt being edited; `uid` keeps the row's identity while rows move. */
export type PromptDraft = Keyed<{
  kind: PromptKind;
  text: string;
  help: string;
  lines: string;
  items: string;
  levels: string;
  notes: boolean;
  columns: string;
}>;

export type PromptField = 'text' | 'help' | 'lines' | 'items' | 'levels' | 'columns';

/** The kinds the editor offers, in the order of its picker, with their names. */
export const PROMPT_KINDS: { kind: PromptKind; message: string }[] = [
  { kind: 'write', message: 'community-worksheet-kind-write' },
  { kind: 'rate', message: 'community-worksheet-kind-rate' },
  { kind: 'table', message: 'community-worksheet-kind-table' },
  { kind: 'heading', message: 'community-worksheet-kind-heading' },
];

/** How many lines a new prompt of each kind leaves to write on (a table: rows). */
const DEFAULT_LINES: Record<PromptKind, number> = { write: 3, table: 4, rate: 0, heading: 0 };

export function toPromptDraft(prompt?: Prompt): PromptDraft {
  return keyed({
    kind: prompt?.kind ?? 'write',
    text: prompt?.text ?? '',
    help: prompt?.help ?? '',
    lines: String(prompt ? prompt.lines || '' : DEFAULT_LINES.write),
    items: prompt?.items.join('\n') ?? '',
    levels: prompt?.levels.join('\n') ?? '',
    notes: prompt?.notes ?? true,
    columns: prompt?.columns.join('\n') ?? '',
  });
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The prompt as saved: only the fields its kind uses. */
export function fromPromptDraft(draft: PromptDraft): Prompt {
  const uses = (kind: PromptKind) => draft.kind === kind;
  return {
    kind: draft.kind,
    text: draft.text,
    help: draft.help,
    lines: uses('write') || uses('table') ? Number(draft.lines) || 0 : 0,
    items: uses('rate') ? lines(draft.items) : [],
    levels: uses('rate') ? lines(draft.levels) : [],
    notes: uses('rate') && draft.notes,
    columns: uses('table') ? lines(draft.columns) : [],
  };
}

/** A prompt switched to `kind` gets that kind's usual room when it had none. */
export function withKind(draft: PromptDraft, kind: PromptKind): PromptDraft {
  const lines = Number(draft.lines) > 0 ? draft.lines : String(DEFAULT_LINES[kind] || '');
  return { ...draft, kind, lines };
}

/** Which prompt and field a refused save names (`prompts.<index>.<field>`). */
export function locatePromptError(field: string | undefined): { index: number; field: PromptField } | undefined {
  const match = /^prompts\.(\d+)\.(text|help|lines|items|levels|columns)$/.exec(field ?? '');
  return match ? { index: Number(match[1]), field: match[2] as PromptField } : undefined;
}

/** Prompts to answer (headings are not), for "4 prompts" in a list. */
export function answerable(worksheet: Pick<Worksheet, 'prompts'>): number {
  return worksheet.prompts.filter((prompt) => prompt.kind !== 'heading').length;
}
