/** What the server is built from: the configuration, an open (migrated) database and a clock. */
import type { Config } from '../services/config.ts';
import type { Database } from '../services/maintenance.service.ts';

export interface ServerDeps {
  config: Config;
  database: Database;
  /** The time; tests move it. Defaults to the system clock. */
  clock?: () => Date;
  /**
   * Where structured logs go: pino options with a destination stream (tests capture it), or
   * false for none. Defaults to JSON lines on stdout at the configured level.
   */
  logStream?: { write(line: string): void } | false;
}
