// Words for the Backups screen: what each kind of backup is, what one holds, when it
// was made in the facilitator's own time, and a chosen file read for the core.
import type { BackupContents, BackupKind, RestoreReport } from './api/generated';
import { plural } from './format';

export const KIND_WORDS: Record<BackupKind, string> = {
  daily: 'Daily (automatic)',
  manual: 'Made by you',
  beforeMigration: 'Before an upgrade',
  beforeRestore: 'Before a restore',
};

/** A UTC instant in local time, to the second (backups can come minutes apart): "Dec 6, 2026, 6:45:10 PM". */
export function formatInstant(instant: string, locale?: string): string {
  return new Date(instant).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function contentsText(contents: BackupContents | null): string {
  if (!contents) return 'Cannot be read';
  return [
    plural(contents.communities, 'community', 'communities'),
    plural(contents.meetings, 'meeting'),
    plural(contents.members, 'member'),
  ].join(', ');
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** One sentence saying what a restore put back and where the replaced data went. */
export function restoredText(report: RestoreReport, fileName?: string, locale?: string): string {
  const what = report.backupName
    ? `the backup made ${report.savedAt ? formatInstant(report.savedAt, locale) : ''}`.trim()
    : `${fileName ?? 'the chosen file'}${report.savedAt ? ` (last changed ${formatInstant(report.savedAt, locale)})` : ''}`;
  return `Restored ${what}: ${contentsText(report.contents)}. The data it replaced is kept as a “Before a restore” backup.`;
}

/** A file's bytes as base64, the form `backup.restoreFile` takes. */
export async function fileBase64(file: Blob): Promise<string> {
  return bytesBase64(new Uint8Array(await file.arrayBuffer()));
}

export function bytesBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole database into one call would overflow the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
