// A small, deterministic logistic regression for `npm run fit`: coordinate-wise Newton steps on the
// L2-regularised log-loss, each parameter pulled toward its prior and kept above its lower bound.
// No randomness anywhere: the same posts give the same weights.

export interface LogisticProblem {
  /** n rows × p columns: how each parameter moves each post's log-odds (z = design · θ). */
  design: number[][];
  /** 1 for a positive post, 0 otherwise. */
  labels: number[];
  /** Where each parameter starts and what the L2 term pulls it toward. */
  prior: number[];
  /** Lowest value per parameter (-Infinity: unbounded). */
  lower: number[];
  /** L2 strength: λ/2 · Σ (θ − prior)². */
  l2: number;
}

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The fitted parameters (θ), from coordinate descent until no parameter moves by more than 1e-9. */
export function fitLogistic(problem: LogisticProblem, maxSweeps = 2000): number[] {
  const { design, labels, prior, lower, l2 } = problem;
  const n = design.length;
  const p = prior.length;
  const theta = prior.map((v, j) => Math.max(v, lower[j]!));
  const z = design.map((row) => row.reduce((sum, d, j) => sum + d * theta[j]!, 0));
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let moved = 0;
    for (let j = 0; j < p; j++) {
      let gradient = l2 * (theta[j]! - prior[j]!);
      let hessian = l2;
      for (let i = 0; i < n; i++) {
        const d = design[i]![j]!;
        if (d === 0) continue;
        const s = sigmoid(z[i]!);
        gradient += (s - labels[i]!) * d;
        hessian += s * (1 - s) * d * d;
      }
      if (hessian <= 0) continue;
      const next = Math.max(lower[j]!, theta[j]! - gradient / hessian);
      const delta = next - theta[j]!;
      if (delta === 0) continue;
      theta[j] = next;
      for (let i = 0; i < n; i++) z[i]! += delta * design[i]![j]!;
      moved = Math.max(moved, Math.abs(delta));
    }
    if (moved < 1e-9) break;
  }
  return theta;
}

/** Mean log-loss of parameters on a problem's posts (without the L2 term). */
export function logLoss(design: number[][], labels: number[], theta: number[]): number {
  let total = 0;
  design.forEach((row, i) => {
    const z = row.reduce((sum, d, j) => sum + d * theta[j]!, 0);
    const s = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(z)));
    total -= labels[i]! ? Math.log(s) : Math.log(1 - s);
  });
  return design.length ? total / design.length : 0;
}
