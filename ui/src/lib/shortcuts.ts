// Keyboard and presentation-clicker shortcuts for the live run. Clickers send
// PageDown/PageUp (and often B); shortcuts never fire while someone types in a field.

export type RunAction = 'toggle' | 'next' | 'previous' | 'blackout' | 'fullscreen' | 'addMinute' | 'removeMinute';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

export function runActionFor(event: KeyboardEvent): RunAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return null;
  switch (event.key) {
    case ' ':
      // Space on a focused button presses that button instead.
      return event.target instanceof HTMLButtonElement ? null : 'toggle';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'b':
    case 'B':
      return 'blackout';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '+':
    case '=':
      return 'addMinute';
    case '-':
    case '_':
      return 'removeMinute';
    default:
      return null;
  }
}
