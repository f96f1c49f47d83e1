import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What to check: the whole document, or parts of it (`fromShadowDom` reaches into open shadow roots). */
export type AxeContext = { include: ({ fromShadowDom: string[] } | string)[] };

/** WCAG 2.2 A and AA, plus axe's best practices (landmarks, one main, heading order…). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core in the page. It goes in through page.evaluate (CDP evaluation), which the extension pages'
 * strict CSP does not block, where a <script> tag would be refused.
 */
export async function axeViolations(page: Page, context?: AxeContext): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const run = ({ context, tags }: { context: AxeContext | null; tags: string[] }): Promise<Result[]> =>
    (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe
      .run(context ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((results) => results.violations);
  return page.evaluate(run, { context: context ?? null, tags: TAGS });
}

/** The violations, one line per element, for a failing assertion's message. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) => [
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.helpUrl}`,
      ...v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\n\s*/g, ' ') ?? ''}`),
    ])
    .join('\n');
}
