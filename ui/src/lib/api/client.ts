// The one API client: typed by the generated `Commands` map, over whichever transport
// the environment provides.
import type { Across, AgreementsLayout, AppEvent, CommandName, Commands, Lang, PaperSize, PrintedDocument, PrintWorksheet, ReportFile, ReportTable } from './generated';
import { createTransport, type ConnectionStatus, type Transport } from './transport';
import { t } from '../i18n/language.svelte';

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
  constructor(private transport?: Transport) {}

  /** Chooses the transport once, at start-up (see `connect`). */
  use(transport: Transport): void {
    this.transport = transport;
  }

  private get wire(): Transport {
    if (!this.transport) throw new ApiFailure('offline', t('common-error-starting'));
    return this.transport;
  }

  async call<K extends CommandName>(command: K, request: Commands[K]['request']): Promise<Commands[K]['response']> {
    try {
      return (await this.wire.call(command, request)) as Commands[K]['response'];
    } catch (raw) {
      throw ApiFailure.from(raw);
    }
  }

  subscribe(onEvent: (event: AppEvent) => void, onStatus: (status: ConnectionStatus) => void): () => void {
    return this.wire.subscribe(onEvent, onStatus);
  }

  openProjector(meetingId: string): Promise<void> {
    return this.wire.openProjector(meetingId);
  }

  toggleFullscreen(): Promise<void> {
    return this.wire.toggleFullscreen();
  }

  /** Saves a meeting's run log (every run) as CSV; false when the user cancelled. */
  async saveRunLog(meetingId: string): Promise<boolean> {
    const log = await this.call('run.log', { meetingId });
    return this.wire.deliverFile({ fileName: log.fileName, base64: textToBase64(log.csv), mime: 'text/csv', open: false });
  }

  /** Saves a table of a meeting's evaluation report as CSV; false when the user cancelled. */
  async saveReportTable(meetingId: string, table: ReportTable): Promise<boolean> {
    return this.deliverCsv(await this.call('report.csv', { meetingId, table }));
  }

  /** Saves a series or network report as CSV; false when the user cancelled. */
  async saveAcrossTable(across: Across): Promise<boolean> {
    return this.deliverCsv(await this.call('report.acrossCsv', { across }));
  }

  /** Makes a series or network report PDF and shows it; false when the user cancelled. */
  async printAcross(across: Across, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.across', { across, paper, lang }));
  }

  /** Makes a meeting's evaluation report PDF and shows it; false when the user cancelled. */
  async printReport(meetingId: string, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.report', { meetingId, paper, lang }));
  }

  /** Makes a meeting's agenda PDF and shows it; false when the user cancelled. */
  async printAgenda(meetingId: string, facilitator: boolean, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.agenda', { meetingId, facilitator, paper, lang }));
  }

  /** Makes an activity's one-page card and shows it; false when the user cancelled. */
  async printActivity(activityId: string, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.activity', { activityId, paper, lang }));
  }

  /** Makes a member's one-page road map (their plan) and shows it; false when cancelled. */
  async printRoadMap(memberId: string, paper: PaperSize): Promise<boolean> {
    return this.deliverPdf(await this.call('print.roadMap', { memberId, paper }));
  }

  /** Makes a period's pair list with contact details; false when the user cancelled. */
  async printPairs(pairingId: string, paper: PaperSize): Promise<boolean> {
    return this.deliverPdf(await this.call('print.pairs', { pairingId, paper }));
  }

  /** Makes a meeting's sign-in sheet (members, then lines for walk-ins) and shows it;
   * false when the user cancelled. */
  async printSignIn(meetingId: string, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.signIn', { meetingId, paper, lang }));
  }

  /** Makes a reflection worksheet (blank, or a copy per member with their goal printed
   * in) and shows it; false when the user cancelled. */
  async printWorksheet(request: PrintWorksheet): Promise<boolean> {
    return this.deliverPdf(await this.call('print.worksheet', request));
  }

  /** Makes a meeting's materials checklist and shows it; false when the user cancelled. */
  async printMaterials(meetingId: string, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.materials', { meetingId, paper, lang }));
  }

  /** Prints numbered sheets of a form (issuing their serials): `copies` for anyone, or
   * one per member for a form that prints participant codes; false when the user
   * cancelled saving them. */
  async printForm(formId: string, sheets: { copies: number } | { members: string[] }, paper: PaperSize): Promise<boolean> {
    return this.deliverPdf(await this.call('print.form', { formId, ...sheets, paper }));
  }

  /** Makes a community's agreements poster or table tent; false when the user cancelled. */
  async printAgreements(communityId: string, layout: AgreementsLayout, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.agreements', { communityId, layout, paper, lang }));
  }

  /** Saves the whole activity library as a shareable file; false when the user cancelled. */
  async exportLibrary(): Promise<boolean> {
    const exported = await this.call('library.export', {});
    return this.deliverJson(exported.fileName, exported.json);
  }

  /** Saves a meeting's forms, sheets and entries as a file; undefined when the user
   * cancelled, else how many forms and sheets it holds. */
  async exportEvaluation(meetingId: string): Promise<{ forms: number; sheets: number } | undefined> {
    const exported = await this.call('form.export', { meetingId });
    return (await this.deliverJson(exported.fileName, exported.json)) ? exported : undefined;
  }

  /** Saves every meeting's evaluation of a community as one file; undefined when the
   * user cancelled, else how many forms and sheets it holds. */
  async exportCommunityEvaluation(communityId: string): Promise<{ forms: number; sheets: number } | undefined> {
    const exported = await this.call('form.exportCommunity', { communityId });
    return (await this.deliverJson(exported.fileName, exported.json)) ? exported : undefined;
  }

  /** Saves the community's attendance-and-hours table as CSV; false when the user cancelled. */
  async saveHoursTable(communityId: string): Promise<boolean> {
    return this.deliverCsv(await this.call('hours.csv', { communityId }));
  }

  /** Saves a member's transcript as CSV; false when the user cancelled. */
  async saveTranscriptTable(memberId: string): Promise<boolean> {
    return this.deliverCsv(await this.call('transcript.csv', { memberId }));
  }

  /** Makes a member's transcript PDF and shows it; false when the user cancelled. */
  async printTranscript(memberId: string, paper: PaperSize, lang: Lang): Promise<boolean> {
    return this.deliverPdf(await this.call('print.transcript', { memberId, paper, lang }));
  }

  /** Prints a series' current certificates (or some members'), one per page; false when
   * the user cancelled. */
  async printCertificates(seriesId: string, paper: PaperSize, memberIds?: string[]): Promise<boolean> {
    return this.deliverPdf(await this.call('print.certificates', { seriesIds: [seriesId], paper, memberIds }));
  }

  private deliverJson(fileName: string, json: string): Promise<boolean> {
    return this.wire.deliverFile({ fileName, base64: textToBase64(json), mime: 'application/json', open: false });
  }

  /** Saves a calendar file of one meeting, a series' or a community's meetings; undefined
   * when the user cancelled, else how many meetings it holds. */
  async saveCalendar(of: { meetingId: string } | { seriesId: string } | { communityId: string }): Promise<number | undefined> {
    const file =
      'meetingId' in of
        ? await this.call('calendar.meeting', of)
        : 'seriesId' in of
          ? await this.call('calendar.series', of)
          : await this.call('calendar.community', of);
    const saved = await this.wire.deliverFile({ fileName: file.fileName, base64: textToBase64(file.ics), mime: 'text/calendar', open: false });
    return saved ? file.events : undefined;
  }

  private deliverCsv(file: ReportFile): Promise<boolean> {
    return this.wire.deliverFile({ fileName: file.fileName, base64: textToBase64(file.csv), mime: 'text/csv', open: false });
  }

  private deliverPdf(document: PrintedDocument): Promise<boolean> {
    return this.wire.deliverFile({ fileName: document.fileName, base64: document.pdfBase64, mime: 'application/pdf', open: true });
  }
}

/** UTF-8 text as base64, the form every file crosses to the transport in. */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In slices: spreading millions of bytes into one call overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** The paper size people around here print on: Letter in the US and Canada, A4 elsewhere. */
export function defaultPaper(): PaperSize {
  const language = typeof navigator === 'undefined' ? 'en-US' : navigator.language;
  return language === 'en-US' || language === 'en-CA' ? 'letter' : 'a4';
}

/** The app's one client; `connect()` gives it its transport before any view mounts. */
export const api = new ApiClient();

export async function connect(): Promise<void> {
  api.use(await createTransport());
}
