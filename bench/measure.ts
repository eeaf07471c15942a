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
  return `${name}: ${fmt(real)} ${unit}  | baseline (${baselineName}): ${fmt(baseline)} ${unit}  | ratio ${(baseline / real).toFixed(1)}x slower than baseline`;
}
