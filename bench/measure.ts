/** Timing helpers for benchmarks: run a function for a minimum time and report the rate. */

export interface Measurement {
  /** Operations per second. */
  rate: number;
  iterations: number;
  seconds: number;
}

/** Runs `work` (which performs `opsPerCall` operations) repeatedly for at least `minSeconds`. */
export function measure(work: () => unknown, opsPerCall: number, minSeconds = 1): Measurement {
  work(); // warm-up: JIT and caches, so the first call's compile time is not counted
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < minSeconds * 1000) {
    work();
    iterations += 1;
    elapsed = performance.now() - started;
  }
  const seconds = elapsed / 1000;
  return { rate: (iterations * opsPerCall) / seconds, iterations, seconds };
}

/** Like `measure`, for asynchronous work (database writes, HTTP requests). */
export async function measureAsync(work: () => Promise<unknown>, opsPerCall: number, minSeconds = 1): Promise<Measurement> {
  await work();
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < minSeconds * 1000) {
    await work();
    iterations += 1;
    elapsed = performance.now() - started;
  }
  const seconds = elapsed / 1000;
  return { rate: (iterations * opsPerCall) / seconds, iterations, seconds };
}

/** One line: the figure, the same-run baseline, and their ratio. */
export function report(name: string, unit: string, real: number, baseline: number, baselineName: string): string {
  const fmt = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: value < 100 ? 2 : 0 });
  const ratio = real > baseline ? `${(real / baseline).toFixed(1)}x faster than baseline` : `${(baseline / real).toFixed(1)}x slower than baseline`;
  return `${name}: ${fmt(real)} ${unit}  | baseline (${baselineName}): ${fmt(baseline)} ${unit}  | ratio ${ratio}`;
}

/**
 * A size from the environment: `variable` as an integer of at least `min`, else `fallback`
 * when unset; a sentence saying what is wrong when it is set to something else.
 */
export function sizeFromEnv(variable: string, fallback: number, min = 1): number | string {
  const given = process.env[variable];
  const value = Number(given ?? fallback);
  return Number.isInteger(value) && value >= min ? value : `${variable} must be an integer of at least ${min} (got ${given})`;
}
