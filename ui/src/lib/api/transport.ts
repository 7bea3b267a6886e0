// How the UI reaches the core: Tauri IPC in the desktop window, HTTP and server-sent
// events in a browser. The only place that knows which one is in use; nothing outside
// this folder imports `@tauri-apps/*`.
import type { AppEvent } from './generated';

/** A file on its way to the user; the core never learns where it goes. */
export type OutgoingFile = {
  /** The suggested name, e.g. "Agenda - CQI.pdf". */
  fileName: string;
  base64: string;
  mime: string;
  /** A document to show (a PDF), not only to keep. */
  open: boolean;
};

export type ConnectionStatus = 'connected' | 'reconnecting';

export interface Transport {
  /** Sends one command; rejects with the core's `{code, message, field?}` on failure. */
  call(command: string, args: unknown): Promise<unknown>;
  /** Delivers the core's events until the returned function is called. */
  subscribe(onEvent: (event: AppEvent) => void, onStatus: (status: ConnectionStatus) => void): () => void;
  /** Opens the room display for a meeting: a second window, or a browser tab. */
  openProjector(meetingId: string): Promise<void>;
  /** Switches the current window in or out of full screen. */
  toggleFullscreen(): Promise<void>;
  /**
   * Hands the user a file the core made: the desktop asks where to save it (and opens
   * documents in the system viewer); a browser shows a document in a new tab or
   * downloads the file. False when the user cancelled.
   */
  deliverFile(file: OutgoingFile): Promise<boolean>;
}

/** Where the projector view lives, for any browser on the network. */
export function projectorPath(meetingId: string): string {
  return `/projector?meeting=${encodeURIComponent(meetingId)}`;
}

export function insideTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

export async function createTransport(): Promise<Transport> {
  if (insideTauri()) {
    const { TauriTransport } = await import('./transport-tauri');
    return new TauriTransport();
  }
  const { HttpTransport } = await import('./transport-http');
  return new HttpTransport();
}
