// The language this window speaks. The control view speaks the facilitator's language;
// the room's screens (projector, participant agenda, clicker) speak the room's, which
// the facilitator may set apart. Reading `t` inside markup re-renders on a switch.
import { api } from '../api/client';
import type { Lang } from '../api/generated';
import { LOCALE_TAG, translate, type MessageArgs } from './catalogue';

const current = $state({ lang: 'en' as Lang });

/** The window's message `id` with its variables filled in. */
export function t(id: string, args?: MessageArgs): string {
  return translate(current.lang, id, args);
}

export function language(): Lang {
  return current.lang;
}

/** The locale tag dates, times and numbers are formatted with (`es-US`). */
export function locale(): string {
  return LOCALE_TAG[current.lang];
}

export function setLanguage(lang: Lang): void {
  current.lang = lang;
  // Screen readers and hyphenation follow the page's declared language.
  document.documentElement.lang = LOCALE_TAG[lang];
}

/**
 * Speaks the language the core keeps for this window: the room's on the room's screens,
 * else the facilitator's (the system's until chosen). Left as it is when the core
 * cannot be asked, so a dropped connection never switches a screen's language.
 */
export async function loadLanguage(roomScreen: boolean): Promise<void> {
  try {
    const lang = roomScreen
      ? await api.call('settings.roomLanguage', {})
      : (await api.call('settings.get', {})).language;
    setLanguage(lang);
  } catch {
    // Keep the current language; the next settings change or reconnect asks again.
  }
}
