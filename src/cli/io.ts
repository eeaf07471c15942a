/** Where the CLI writes: the process streams in use, a buffer in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Monotonic milliseconds, for the elapsed time in progress output. */
  now(): number;
}

/** The real process streams. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  now: () => performance.now(),
};
