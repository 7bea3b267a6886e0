// Desktop transport: one IPC command (`rpc`) and the `convene://event` event.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWindow } from '@tauri-apps/api/window';
import { WebviewWindow } from '@tauri-apps/api/webviewWindow';
import { save } from '@tauri-apps/plugin-dialog';
import { openPath } from '@tauri-apps/plugin-opener';
import type { AppEvent, PrintedDocument } from './generated';
import { projectorPath, type ConnectionStatus, type Transport } from './transport';

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

  async openProjector(meetingId: string): Promise<void> {
    const existing = await WebviewWindow.getByLabel(PROJECTOR_LABEL);
    if (existing) {
      await existing.close();
    }
    new WebviewWindow(PROJECTOR_LABEL, {
      url: projectorPath(meetingId),
      title: 'Convene — Projector',
      width: 1280,
      height: 720,
    });
  }

  async toggleFullscreen(): Promise<void> {
    const window = getCurrentWindow();
    await window.setFullscreen(!(await window.isFullscreen()));
  }

  async deliverPdf(suggestedName: string, produce: (saveTo?: string) => Promise<PrintedDocument>): Promise<boolean> {
    const path = await save({ defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (!path) return false;
    await produce(path);
    await openPath(path);
    return true;
  }

  async saveTextFile(suggestedName: string, _text: string, writeTo: (path: string) => Promise<unknown>): Promise<boolean> {
    const extension = suggestedName.split('.').pop() ?? 'txt';
    const path = await save({ defaultPath: suggestedName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
    if (!path) return false;
    await writeTo(path);
    return true;
  }
}

const PROJECTOR_LABEL = 'projector';
