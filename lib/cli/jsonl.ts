import type { Analysis, AnalyzeOptions } from '../analysis/types';
import { isObject } from '../guards';

export type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

/**
 * One line of a JSONL batch: `{"id": …, "text": …}` in, `{"id", "verdict", "scores", "findings"}` out,
 * or `{"id", "error"}` for a line that cannot be read. Never throws: one bad line must not stop a batch.
 */
export function analyzeJsonLine(line: string, lineNumber: number, analyze: Analyze, options?: AnalyzeOptions): string | null {
  if (line.trim() === '') return null;
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ id: null, error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` });
  }
  const record = isObject(input) ? input : null;
  const id = record && 'id' in record ? record.id : null;
  if (!record) return JSON.stringify({ id: null, error: `line ${lineNumber}: expected an object like {"id": 1, "text": "…"}` });
  if (typeof record.text !== 'string') return JSON.stringify({ id, error: `line ${lineNumber}: "text" must be a string` });
  try {
    const { verdict, scores, findings } = analyze(record.text, options);
    return JSON.stringify({ id, verdict, scores, findings });
  } catch (error) {
    return JSON.stringify({ id, error: `line ${lineNumber}: analysis failed (${(error as Error).message})` });
  }
}
