// Facts about this installation the core owns (its version, where the data lives, the
// suggested member roles, the agenda item kinds), loaded once at
// start-up so every screen reads the same words instead of keeping copies.
import { api } from './api/client';
import type { AppInfo, ItemKind } from './api/generated';
import { t } from './i18n/language.svelte';

export const installation = $state({ info: undefined as AppInfo | undefined });

/** Loads the facts; a screen on another machine is refused them and shows none. */
export function loadInstallation(): void {
  api.call('app.info', {}).then(
    (info) => (installation.info = info),
    () => {},
  );
}

const KIND_MESSAGES: Record<ItemKind, string> = {
  welcome: 'agenda-kind-welcome',
  icebreaker: 'agenda-kind-icebreaker',
  agreements: 'agenda-kind-agreements',
  teambuilding: 'agenda-kind-teambuilding',
  content: 'agenda-kind-content',
  discussion: 'agenda-kind-discussion',
  video: 'agenda-kind-video',
  break: 'agenda-kind-break',
  meal: 'agenda-kind-meal',
  reflection: 'agenda-kind-reflection',
  evaluation: 'agenda-kind-evaluation',
  other: 'agenda-kind-other',
};

/** What an agenda item kind is called, in this window's language. */
export function kindLabel(kind: ItemKind): string {
  return t(KIND_MESSAGES[kind]);
}
