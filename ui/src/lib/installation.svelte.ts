// Facts about this installation the core owns (its version, where the data lives, the
// suggested member roles, the agenda item kinds and their labels), loaded once at
// start-up so every screen reads the same words instead of keeping copies.
import { api } from './api/client';
import type { AppInfo, ItemKind } from './api/generated';

export const installation = $state({ info: undefined as AppInfo | undefined });

/** Loads the facts; a screen on another machine is refused them and shows none. */
export function loadInstallation(): void {
  api.call('app.info', {}).then(
    (info) => (installation.info = info),
    () => {},
  );
}

/** The label the core gives an agenda item kind. */
export function kindLabel(kind: ItemKind): string {
  return installation.info?.itemKinds.find((choice) => choice.kind === kind)?.label ?? kind;
}
