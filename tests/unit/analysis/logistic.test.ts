import { describe, expect, it } from 'vitest';
import { fitLogistic, logLoss, sigmoid } from '../../../lib/evaluation/logistic';

// Posts drawn from a known model (deterministic generator), so the fit can be checked against the truth.
function synthetic(n: number, truth: number[]) {
  let s = 7;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const design: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [rand() < 0.5 ? 1 : 0, rand() < 0.3 ? 1 : 0, 1];
    const z = row.reduce((sum, d, j) => sum + d * truth[j]!, 0);
    design.push(row);
    labels.push(rand() < sigmoid(z) ? 1 : 0);
  }
  return { design, labels };
}

describe('fitLogistic', () => {
  it('recovers the weights of a known model', () => {
    const truth = [2, -1, -0.5];
    const { design, labels } = synthetic(20000, truth);
    const theta = fitLogistic({ design, labels, prior: [0, 0, 0], lower: [-Infinity, -Infinity, -Infinity], l2: 0.01 });
    theta.forEach((t, j) => expect(Math.abs(t - truth[j]!)).toBeLessThan(0.15));
    expect(logLoss(design, labels, theta)).toBeLessThan(logLoss(design, labels, [0, 0, 0]));
  });

  it('keeps a parameter at its lower bound and pulls unseen ones to their prior', () => {
    const { design, labels } = synthetic(2000, [2, -1, -0.5]);
    const withUnseen = design.map((row) => [...row, 0]);
    const theta = fitLogistic({ design: withUnseen, labels, prior: [0, 0, 0, 1.5], lower: [-Infinity, 0, -Infinity, 0], l2: 1 });
    expect(theta[1]).toBe(0);
    expect(theta[3]).toBe(1.5);
  });

  it('gives the same answer every time', () => {
    const { design, labels } = synthetic(500, [1, 1, -1]);
    const problem = { design, labels, prior: [0, 0, 0], lower: [0, 0, -Infinity], l2: 0.5 };
    expect(fitLogistic(problem)).toEqual(fitLogistic(problem));
  });
});
