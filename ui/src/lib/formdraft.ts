// A form's items as the editor handles them: scale points and options typed one per
// line, and which item and field a refused save is about.
import type { AgreementScale, FormItem, FormItemKind } from './api/generated';
import { keyed, type Keyed } from './rows';

/** One item being edited; `uid` keeps the row's identity while rows move. */
export type ItemDraft = Keyed<{
  id: string;
  kind: FormItemKind;
  /** Matches the question across forms when the words differ. */
  key: string;
  text: string;
  points: string;
  agreementScale: AgreementScale;
  options: string;
  lines: string;
  /** A participant code Convene prints on each member's sheet. */
  printed: boolean;
}>;

export type ItemField = 'text' | 'key' | 'points' | 'options' | 'lines';

/** The kinds the editor offers, in the order of its picker. */
export const ITEM_KINDS: FormItemKind[] = [
  'retrospective',
  'agreement',
  'yesNo',
  'singleChoice',
  'multipleChoice',
  'shortText',
  'comment',
  'participantCode',
  'heading',
  'instructions',
];

export function toItemDraft(item?: FormItem, defaultPoints = ''): ItemDraft {
  return keyed({
    id: item?.id ?? '',
    kind: item?.kind ?? 'agreement',
    key: item?.key ?? '',
    text: item?.text ?? '',
    points: item ? item.points.join('\n') : defaultPoints,
    agreementScale: item?.agreementScale ?? 'two',
    options: item?.options.join('\n') ?? '',
    lines: String(item?.lines || 4),
    printed: item?.printed ?? false,
  });
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

export function fromItemDraft(draft: ItemDraft): FormItem {
  return {
    id: draft.id,
    kind: draft.kind,
    key: draft.key,
    text: draft.text,
    points: draft.kind === 'retrospective' ? lines(draft.points) : [],
    agreementScale: draft.kind === 'agreement' ? draft.agreementScale : undefined,
    options: draft.kind === 'singleChoice' || draft.kind === 'multipleChoice' ? lines(draft.options) : [],
    lines: draft.kind === 'comment' ? Number(draft.lines) || 0 : 0,
    printed: draft.kind === 'participantCode' && draft.printed,
  };
}

/** A copy of an item placed right after it, as a new item (its own id when saved, and
 * no key: two questions of one form never share one). */
export function duplicated(draft: ItemDraft): ItemDraft {
  return keyed({ ...draft, id: '', key: '' });
}

/** Which item and field a refused save names (`items.<index>.<field>`). */
export function locateItemError(field: string | undefined): { index: number; field: ItemField } | undefined {
  const match = /^items\.(\d+)\.(text|key|points|options|lines)$/.exec(field ?? '');
  return match ? { index: Number(match[1]), field: match[2] as ItemField } : undefined;
}
