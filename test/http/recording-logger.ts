/** @module A Logger that keeps every line, so tests can check what was logged (ids, events) and what was not (personal data). */
import type { LogFields, Logger } from '../../src/logger';

export type LogLine = { level: 'info' | 'warn' | 'error'; event: string; fields: LogFields };

export function createRecordingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger: Logger = {
    info: (event, fields = {}) => lines.push({ level: 'info', event, fields }),
    warn: (event, fields = {}) => lines.push({ level: 'warn', event, fields }),
    error: (event, fields = {}) => lines.push({ level: 'error', event, fields }),
  };
  return { logger, lines };
}
