// How far the core has come reading a scanned file: it reports each page as it is
// read, so a stack of 150 pages shows its progress page by page.
import type { ScanProgress } from './api/generated';

export const scanProgress: { current: ScanProgress | undefined } = $state({ current: undefined });

export function receiveScanProgress(progress: ScanProgress): void {
  scanProgress.current = progress;
}
