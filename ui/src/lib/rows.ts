// Editable lists of rows (an activity's steps and materials, a set of agreements): a key
// that survives reordering, moving a row, and deciding where keyboard focus goes next,
// so every list behaves the same.

/** `list` with the item at `from` moved to `to` (clamped to the list). */
export function moved<T>(list: T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item);
  return copy;
}

/**
 * The move button that keeps focus after a row moved by `by` to `to`: the same one, or
 * the other one once the row reaches an end (where the same one is disabled).
 */
export function buttonAfterMove(to: number, by: -1 | 1, length: number): 'up' | 'down' {
  const atEnd = (by === -1 && to === 0) || (by === 1 && to === length - 1);
  return (by === -1) !== atEnd ? 'up' : 'down';
}

/** The row that takes focus after the one at `index` was removed, if any is left. */
export function neighbourAfterRemoval<T>(rows: T[], index: number): T | undefined {
  return rows[index] ?? rows[index - 1];
}

/** A row in a list editor, with a key that survives reordering. */
export type Keyed<T> = T & { uid: number };

let nextUid = 0;

export function keyed<T extends object>(item: T): Keyed<T> {
  nextUid += 1;
  return { ...item, uid: nextUid };
}

export function unkeyed<T extends object>(rows: Keyed<T>[]): T[] {
  return rows.map(({ uid: _uid, ...item }) => item as unknown as T);
}

/**
 * A refused save shown where it points: on a row's field (`onRow` gets the row's key),
 * on the title (`onTitle`), or not placed (false: the form shows it in its error line).
 */
export function placeRefusal<F>(
  failure: { field?: string; message: string },
  where: { index: number; field: F } | undefined,
  rows: { uid: number }[],
  onRow: (uid: number, field: F, message: string) => void,
  onTitle: (message: string) => void,
): boolean {
  const row = where && rows[where.index];
  if (where && row) {
    onRow(row.uid, where.field, failure.message);
    return true;
  }
  if (failure.field !== 'title') return false;
  onTitle(failure.message);
  return true;
}
