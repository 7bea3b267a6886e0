// Moving keyboard focus to an element the next render creates (a new row, an Undo
// button), so keyboard users land where the action left them.
import { tick } from 'svelte';

/** Focuses the element with this id once pending DOM updates have been applied. */
export async function focusAfterUpdate(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
