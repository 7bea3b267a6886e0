// The one API client: typed by the generated `Commands` map, over whichever transport
// the environment provides.
import type { AppEvent, CommandName, Commands, PaperSize } from './generated';
import { createTransport, type ConnectionStatus, type Transport } from './transport';

/** A failed command, as the core described it. Branch on `code` and `field`, never on `message`. */
export class ApiFailure extends Error {
  readonly code: string;
  readonly field: string | undefined;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }

  static from(raw: unknown): ApiFailure {
    if (raw instanceof ApiFailure) return raw;
    if (raw && typeof raw === 'object' && 'code' in raw && 'message' in raw) {
      const { code, message, field } = raw as { code: unknown; message: unknown; field?: unknown };
      return new ApiFailure(String(code), String(message), typeof field === 'string' ? field : undefined);
    }
    return new ApiFailure('unexpected', raw instanceof Error ? raw.message : String(raw));
  }
}

export class ApiClient {
  constructor(private readonly transport: Transport) {}

  async call<K extends CommandName>(command: K, request: Commands[K]['request']): Promise<Commands[K]['response']> {
    try {
      return (await this.transport.call(command, request)) as Commands[K]['response'];
    } catch (raw) {
      throw ApiFailure.from(raw);
    }
  }

  subscribe(onEvent: (event: AppEvent) => void, onStatus: (status: ConnectionStatus) => void): () => void {
    return this.transport.subscribe(onEvent, onStatus);
  }

  openProjector(meetingId: string): Promise<void> {
    return this.transport.openProjector(meetingId);
  }

  toggleFullscreen(): Promise<void> {
    return this.transport.toggleFullscreen();
  }

  /** Saves a meeting's run log as CSV; false when the user cancelled. */
  saveRunLog(meetingId: string, suggestedName: string, csv: string): Promise<boolean> {
    return this.transport.saveTextFile(suggestedName, csv, (saveTo) => this.call('run.saveLog', { meetingId, saveTo }));
  }

  /** Makes a meeting's agenda PDF and shows it; false when the user cancelled. */
  printAgenda(meetingId: string, suggestedName: string, facilitator: boolean, paper: PaperSize): Promise<boolean> {
    return this.transport.deliverPdf(suggestedName, (saveTo) =>
      this.call('print.agenda', { meetingId, facilitator, paper, saveTo }),
    );
  }
}

let shared: Promise<ApiClient> | undefined;

/** The app's client, created on first use. */
export function api(): Promise<ApiClient> {
  shared ??= createTransport().then((transport) => new ApiClient(transport));
  return shared;
}
