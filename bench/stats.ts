export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `fn` until `minRuns` runs and `minMs` of work have passed; returns median and p95 in ms. */
export function measure(fn: () => void, minRuns = 30, minMs = 500): Timing {
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    if (samples.length >= 5000) break;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

export const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(2));
