/** @module Structured JSON logs. Callers pass only redacted text and never secrets. */

export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

export type Logger = {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
};

export function createConsoleLogger(): Logger {
  const write = (level: string, event: string, fields: LogFields = {}) =>
    console.log(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
