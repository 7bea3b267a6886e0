// Desktop transport: one IPC command (`rpc`) and the `convene://event` event.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWindow } from '@tauri-apps/api/window';
import { WebviewWindow } from '@tauri-apps/api/webviewWindow';
import type { AppEvent } from './generated';
import { t } from '../i18n/language.svelte';
import { projectorPath, type ConnectionStatus, type OutgoingFile, type Transport } from './transport';

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
      title: t('common-projector-window'),
      width: 1280,
      height: 720,
    });
  }

  async toggleFullscreen(): Promise<void> {
    const window = getCurrentWindow();
    await window.setFullscreen(!(await window.isFullscreen()));
  }

  async deliverFile(file: OutgoingFile): Promise<boolean> {
    // The shell shows the save dialog and writes the file itself (see src-tauri/src/host.rs).
    const answer = (await this.call('host.saveFile', { fileName: file.fileName, base64: file.base64, open: file.open })) as { saved: boolean };
    return answer.saved;
  }
}

const PROJECTOR_LABEL = 'projector';
