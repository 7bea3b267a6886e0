// Keeps every view in step with the data: each change the core pushes (from this
// window or any other) bumps `revision`, and views that registered with
// `reloadOnChange` load again. Whenever the connection (re)opens, everything reloads
// once. The connection state is mirrored on <html data-live> for styling and tests.
import { untrack } from 'svelte';
import { api } from './api/client';
import type { ConnectionStatus } from './api/transport';
import { forgetRuns, receiveRun } from './runclock.svelte';

export const live = $state({
  status: 'connecting' as ConnectionStatus | 'connecting',
  revision: 0,
});

let started = false;

export async function startLive(): Promise<void> {
  if (started) return;
  started = true;
  const client = await api();
  client.subscribe(
    (event) => {
      if (event.kind === 'run') {
        receiveRun(event);
        return;
      }
      // A restore replaced every record: older run snapshots may carry newer revisions.
      if (event.kind === 'restored') forgetRuns();
      live.revision += 1;
    },
    (status) => {
      // Changes made while not listening were missed: load again once listening.
      if (status === 'connected' && live.status !== 'connected') live.revision += 1;
      live.status = status;
      document.documentElement.dataset.live = status;
    },
  );
}

/** Runs `load` now and again after every change; call during component set-up. */
export function reloadOnChange(load: () => void): void {
  $effect(() => {
    void live.revision;
    untrack(load);
  });
}
