// The one API client: typed by the generated `Commands` map, over whichever transport
// the environment provides.
import type { AgreementsLayout, AppEvent, CommandName, Commands, PaperSize } from './generated';
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

  /** Makes an activity's one-page card and shows it; false when the user cancelled. */
  printActivity(activityId: string, suggestedName: string, paper: PaperSize): Promise<boolean> {
    return this.transport.deliverPdf(suggestedName, (saveTo) => this.call('print.activity', { activityId, paper, saveTo }));
  }

  /** Makes a meeting's materials checklist and shows it; false when the user cancelled. */
  printMaterials(meetingId: string, suggestedName: string, paper: PaperSize): Promise<boolean> {
    return this.transport.deliverPdf(suggestedName, (saveTo) => this.call('print.materials', { meetingId, paper, saveTo }));
  }

  /** Makes a community's agreements poster or table tent; false when the user cancelled. */
  printAgreements(communityId: string, suggestedName: string, layout: AgreementsLayout, paper: PaperSize): Promise<boolean> {
    return this.transport.deliverPdf(suggestedName, (saveTo) =>
      this.call('print.agreements', { communityId, layout, paper, saveTo }),
    );
  }

  /** Saves the whole activity library as a shareable file; false when the user cancelled. */
  async exportLibrary(): Promise<boolean> {
    const exported = await this.call('library.export', {});
    return this.transport.saveTextFile(exported.fileName, exported.json ?? '', (saveTo) => this.call('library.export', { saveTo }));
  }
}

/** The paper size people around here print on: Letter in the US and Canada, A4 elsewhere. */
export function defaultPaper(): PaperSize {
  const language = typeof navigator === 'undefined' ? 'en-US' : navigator.language;
  return language === 'en-US' || language === 'en-CA' ? 'letter' : 'a4';
}

let shared: Promise<ApiClient> | undefined;

/** The app's client, created on first use. */
export function api(): Promise<ApiClient> {
  shared ??= createTransport().then((transport) => new ApiClient(transport));
  return shared;
}
