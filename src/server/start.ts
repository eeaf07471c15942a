/**
 * Starting the server for real: open the configured database, migrate it, load the demo on
 * an empty one (unless disabled), build the app and listen. Returns how to reach and stop it.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../services/config.ts';
import { hasDemo, loadDemoIfEmpty } from '../services/demo/load-demo.ts';
import type { DemoSummary } from '../services/demo/load-demo.ts';
import { migrate, openDatabase } from '../services/maintenance.service.ts';
import { startReminders } from '../services/task-reminders.ts';
import { buildServer } from './app.ts';
import { registerWebApp } from './static.ts';

export interface RunningServer {
  app: FastifyInstance;
  /** "http://127.0.0.1:8080". */
  url: string;
  /** Migrations applied at this start. */
  migrated: string[];
  /** What the demo loader wrote at this start; null when it wrote nothing. */
  demoLoaded: DemoSummary | null;
  /** The database holds the demo province (now or from an earlier start). */
  hasDemo: boolean;
  /** Stops accepting requests, finishes those in flight, closes the database. */
  close(): Promise<void>;
}

/** Opens, migrates, loads the demo if asked and the database is empty, and listens on HOST:PORT. */
export async function startServer(config: Config, options: { logStream?: { write(line: string): void } | false } = {}): Promise<RunningServer> {
  const database = await openDatabase(config);
  let app: FastifyInstance | null = null;
  try {
    const migrated = await migrate(database);
    const demoLoaded = config.demo ? await loadDemoIfEmpty(database, new Date()) : null;
    app = await buildServer({ config, database, ...(options.logStream === undefined ? {} : { logStream: options.logStream }) });
    // The browser application is served by the running server only: tests inject into buildServer's API alone.
    await registerWebApp(app);
    await app.listen({ port: config.port, host: config.host });
    // The daily due check of tasks, at start and then every day (TASK_SCHEDULER, TASK_CHECK_HOUR).
    const reminders = startReminders(app.resolute.services, config, app.log);
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const running = app;
    return {
      app: running, url: `http://${host}:${port}`, migrated, demoLoaded, hasDemo: await hasDemo(database),
      close: async () => {
        await reminders?.stop();
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
}
