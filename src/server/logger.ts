import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout (one line per event), at the configured level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'ilo-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}
