// Browser transport: `POST /api/rpc` for commands, `GET /api/events` (server-sent
// events) for pushed changes. EventSource reconnects by itself; the status lets views
// say so and reload once the stream is back, since events may have been missed.
import type { AppEvent } from './generated';
import { t } from '../i18n/language.svelte';
import { projectorPath, type ConnectionStatus, type OutgoingFile, type Transport } from './transport';

/** Without an event or a ping for this long, the stream is taken as stalled. */
const STALE_AFTER_MS = 8000;

export class HttpTransport implements Transport {
  constructor(private readonly base = '') {}

  async call(command: string, args: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.base}/api/rpc`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ command, args }),
      });
    } catch {
      throw { code: 'offline', message: t('common-error-serve-not-answering') };
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      throw body ?? { code: 'storage', message: t('common-error-server-status', { status: String(response.status) }) };
    }
    return body;
  }

  subscribe(onEvent: (event: AppEvent) => void, onStatus: (status: ConnectionStatus) => void): () => void {
    let source: EventSource;
    let lastHeard = Date.now();
    const heard = () => {
      lastHeard = Date.now();
    };
    const connect = () => {
      source = new EventSource(`${this.base}/api/events`);
      source.addEventListener('app', (message) => {
        heard();
        onEvent(JSON.parse((message as MessageEvent).data));
      });
      source.addEventListener('ping', heard);
      source.addEventListener('open', () => {
        heard();
        onStatus('connected');
      });
      source.addEventListener('error', () => onStatus('reconnecting'));
    };
    connect();
    // A connection can stall without an error (a sleeping laptop, a dropped Wi-Fi):
    // when even the pings stop, say so and connect again.
    const watchdog = setInterval(() => {
      if (Date.now() - lastHeard > STALE_AFTER_MS) {
        onStatus('reconnecting');
        source.close();
        heard();
        connect();
      }
    }, 1000);
    return () => {
      clearInterval(watchdog);
      source.close();
    };
  }

  async openProjector(meetingId: string): Promise<void> {
    window.open(projectorPath(meetingId), 'convene-projector');
  }

  async toggleFullscreen(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  }

  async deliverFile(file: OutgoingFile): Promise<boolean> {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
    // The browser's PDF viewer has Print and Save; if pop-ups are blocked, download it.
    if (!file.open || !window.open(url, '_blank')) {
      Object.assign(document.createElement('a'), { href: url, download: file.fileName }).click();
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  }
}
