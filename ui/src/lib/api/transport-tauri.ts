// Desktop transport: one IPC command (`rpc`) and the `convene://event` event.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { AppEvent } from './generated';
import type { ConnectionStatus, Transport } from './transport';

const EVENT_NAME = 'convene://event';

export class TauriTransport implements Transport {
  call(command: string, args: unknown): Promise<unknown> {
    return invoke('rpc', { command, args });
  }

  subscribe(onEvent: (event: AppEvent) => void, onStatus: (status: ConnectionStatus) => void): () => void {
    let stop: (() => void) | undefined;
    let stopped = false;
    listen<AppEvent>(EVENT_NAME, (message) => onEvent(message.payload)).then((unlisten) => {
      if (stopped) unlisten();
      else stop = unlisten;
    });
    onStatus('connected');
    return () => {
      stopped = true;
      stop?.();
    };
  }
}
