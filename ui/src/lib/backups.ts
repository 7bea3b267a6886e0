// Words for the Backups screen: what each kind of backup is, what one holds, when it
// was made in the facilitator's own time, and a chosen file read for the core.
import type { BackupContents, BackupKind, RestoreReport } from './api/generated';
import { locale, t } from './i18n/language.svelte';

const KIND_MESSAGES: Record<BackupKind, string> = {
  daily: 'backups-kind-daily',
  manual: 'backups-kind-manual',
  beforeMigration: 'backups-kind-before-migration',
  beforeRestore: 'backups-kind-before-restore',
};

/** Why a backup was made, in this window's language. */
export function kindWords(kind: BackupKind): string {
  return t(KIND_MESSAGES[kind]);
}

/** A UTC instant in local time, to the second (backups can come minutes apart): "Dec 6, 2026, 6:45:10 PM". */
export function formatInstant(instant: string, tag = locale()): string {
  return new Date(instant).toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function contentsText(contents: BackupContents | null): string {
  if (!contents) return t('backups-unreadable');
  return t('backups-contents', { communities: contents.communities, meetings: contents.meetings, members: contents.members });
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** One sentence saying what a restore put back and where the replaced data went. */
export function restoredText(report: RestoreReport, fileName?: string, tag = locale()): string {
  const contents = contentsText(report.contents);
  if (report.backupName) {
    return report.savedAt
      ? t('backups-restored-backup', { made: formatInstant(report.savedAt, tag), contents })
      : t('backups-restored-backup-undated', { contents });
  }
  const file = fileName ?? t('backups-chosen-file');
  return report.savedAt
    ? t('backups-restored-file-changed', { file, changed: formatInstant(report.savedAt, tag), contents })
    : t('backups-restored-file', { file, contents });
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
