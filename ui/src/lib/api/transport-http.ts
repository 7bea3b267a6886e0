// Browser transport: `POST /api/rpc` for commands, `GET /api/events` (server-sent
// events) for pushed changes. EventSource reconnects by itself; the status lets views
// say so and reload once the stream is back, since events may have been missed.
import type { AppEvent } from './generated';
import type { ConnectionStatus, Transport } from './transport';

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
      throw { code: 'offline', message: 'Convene is not answering. Is `convene serve` still running?' };
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      throw body ?? { code: 'storage', message: `The server answered ${response.status}.` };
    }
    return body;
  }

  subscribe(onEvent: (event: AppEvent) => void, onStatus: (status: ConnectionStatus) => void): () => void {
    const source = new EventSource(`${this.base}/api/events`);
    source.addEventListener('app', (message) => onEvent(JSON.parse((message as MessageEvent).data)));
    source.addEventListener('open', () => onStatus('connected'));
    source.addEventListener('error', () => onStatus('reconnecting'));
    return () => source.close();
  }
}
