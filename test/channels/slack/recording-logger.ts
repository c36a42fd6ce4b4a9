/** @module A Logger that keeps every entry, to check what the channels log (and what they never log). */
import type { LogFields, Logger } from '../../../src/logger';

export type LogEntry = { level: 'info' | 'warn' | 'error'; event: string; fields: LogFields };

export function createRecordingLogger(): Logger & { entries: LogEntry[]; text(): string } {
  const entries: LogEntry[] = [];
  const write =
    (level: LogEntry['level']) =>
    (event: string, fields: LogFields = {}) => {
      entries.push({ level, event, fields });
    };
  return {
    entries,
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    text: () => JSON.stringify(entries),
  };
}
