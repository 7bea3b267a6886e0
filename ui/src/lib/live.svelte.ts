// Keeps every view in step with the data. Each change the core pushes (from this
// window or any other) names its entity; views say which entities they show and load
// again only when one of those changes. Whenever the connection (re)opens, everything
// reloads once, since changes may have been missed. The connection state is mirrored
// on <html data-live> for styling and tests.
import { untrack } from 'svelte';
import { api } from './api/client';
import type { ConnectionStatus } from './api/transport';
import type { Entity } from './api/generated';
import { forgetRuns, receiveRun } from './runclock.svelte';
import { receiveScanProgress } from './scanning.svelte';

const ENTITIES: Entity[] = ['community', 'member', 'meeting', 'attendance', 'agenda', 'template', 'activity', 'agreements', 'device', 'settings'];

export const live = $state({
  status: 'connecting' as ConnectionStatus | 'connecting',
  /** How many changes of each entity this window has heard of. */
  revisions: Object.fromEntries(ENTITIES.map((entity) => [entity, 0])) as Record<Entity, number>,
});

function changedEverything(): void {
  for (const entity of ENTITIES) live.revisions[entity] += 1;
}

let started = false;

export function startLive(): void {
  if (started) return;
  started = true;
  api.subscribe(
    (event) => {
      if (event.kind === 'run') return receiveRun(event);
      if (event.kind === 'scanProgress') return receiveScanProgress(event);
      if (event.kind === 'restored') {
        // A restore replaced every record: older run snapshots may carry newer revisions.
        forgetRuns();
        return changedEverything();
      }
      live.revisions[event.entity] += 1;
    },
    (status) => {
      if (status === 'connected' && live.status !== 'connected') changedEverything();
      live.status = status;
      document.documentElement.dataset.live = status;
    },
  );
}

/**
 * Runs `load` now and again after every change to one of `entities` (what the view
 * shows, including counts it shows of them); call during component set-up.
 */
export function reloadOnChange(entities: Entity[], load: () => void): void {
  $effect(() => {
    for (const entity of entities) void live.revisions[entity];
    untrack(load);
  });
}
