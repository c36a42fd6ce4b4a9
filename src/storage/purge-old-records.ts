/** @module RETENTION_DAYS: deletes questions, feedback and claimed events older than the retention window. */
import type { Logger } from '../logger';
import type { Storage } from './storage';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export type PurgeOptions = { storage: Storage; logger: Logger; now: () => Date; retentionDays: number };

/** Runs one purge (Workers' Cron Trigger, Node's interval); 0 days keeps everything. Never throws. */
export async function purgeOldRecords(options: PurgeOptions): Promise<void> {
  if (options.retentionDays <= 0) return;
  const before = new Date(options.now().getTime() - options.retentionDays * DAY_MS).toISOString();
  try {
    const deleted = await options.storage.purge(before);
    options.logger.info('retention_purge', { before, ...deleted });
  } catch (error) {
    options.logger.warn('retention_purge_failed', { name: error instanceof Error ? error.name : 'unknown' });
  }
}

/** On Node: one purge shortly after start, then every hour; returns the function that stops it. */
export function schedulePurge(
  options: PurgeOptions & { everyMs?: number; firstAfterMs?: number },
): () => void {
  if (options.retentionDays <= 0) return () => undefined;
  const run = () => void purgeOldRecords(options);
  const first = setTimeout(run, options.firstAfterMs ?? 5000);
  const interval = setInterval(run, options.everyMs ?? HOUR_MS);
  first.unref();
  interval.unref();
  return () => {
    clearTimeout(first);
    clearInterval(interval);
  };
}
