// How a backup reads in the lists that offer it (the recovery screen, the Backups dialog):
// when it was taken, where the user is, and its size.
import { formatMoment } from '../../lib/format';

/** A backup's time where the user is, e.g. "3 Mar 2026, 09:12". */
export function backupTime(createdAt: string): string {
  const d = new Date(createdAt);
  return Number.isNaN(d.getTime()) ? createdAt : formatMoment(d);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
