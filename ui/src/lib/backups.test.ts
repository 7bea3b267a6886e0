import { describe, expect, it } from 'vitest';
import { bytesBase64, contentsText, restoredText, sizeText } from './backups';

describe('backup words', () => {
  it('counts what a backup holds, or says it cannot be read', () => {
    expect(contentsText({ communities: 1, meetings: 5, members: 12 })).toBe('1 community, 5 meetings, 12 members');
    expect(contentsText({ communities: 2, meetings: 1, members: 0 })).toBe('2 communities, 1 meeting, 0 members');
    expect(contentsText(null)).toBe('Cannot be read');
  });

  it('gives sizes a person can read', () => {
    expect(sizeText(200)).toBe('1 KB');
    expect(sizeText(300 * 1024)).toBe('300 KB');
    expect(sizeText(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('says what a restore put back', () => {
    const contents = { communities: 1, meetings: 5, members: 12 };
    const fromBackup = restoredText(
      { backupName: 'convene-2026-12-06T024500Z-manual.db', savedAt: '2026-12-06T02:45:00Z', contents, safetyBackup: 'x' },
      undefined,
      'en-US',
    );
    expect(fromBackup).toMatch(/^Restored the backup made Dec \d, 2026, .*: 1 community, 5 meetings, 12 members\. /);
    const fromFile = restoredText({ backupName: null, savedAt: null, contents, safetyBackup: 'x' }, 'old.db');
    expect(fromFile).toMatch(/^Restored old\.db: 1 community/);
  });

  it('encodes a file larger than one slice as base64', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    const encoded = bytesBase64(bytes);
    expect(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});
