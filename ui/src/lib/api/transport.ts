// How the UI reaches the core: Tauri IPC in the desktop window, HTTP and server-sent
// events in a browser. The only place that knows which one is in use; nothing outside
// this folder imports `@tauri-apps/*`.
import type { AppEvent, PrintedDocument } from './generated';

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
   * Shows a PDF the core makes: the desktop asks where to save it and opens it in the
   * system viewer; a browser opens it in a new tab. `produce` makes the document,
   * saving it to the path it is given, if any. False when the user cancelled.
   */
  deliverPdf(suggestedName: string, produce: (saveTo?: string) => Promise<PrintedDocument>): Promise<boolean>;
  /**
   * Saves a text file (a CSV export): the desktop asks where and lets the core write
   * it through `writeTo`; a browser downloads `text`. False when the user cancelled.
   */
  saveTextFile(suggestedName: string, text: string, writeTo: (path: string) => Promise<unknown>): Promise<boolean>;
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
