import { readdirSync, readFileSync } from 'node:fs';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { allRules, analyzePost } from '../../../lib/analysis';
import { compileRule, phraseRegExp } from '../../../lib/analysis/compile';
import { postChecks } from '../../../lib/analysis/post-checks';
import { VOCABULARY } from '../../../lib/analysis/rules/vocabulary';
import type { PhraseSpec, RuleSpec } from '../../../lib/analysis/types';

/** An example with its findings marked: "Sale ends [tonight only]!" → the text and the marked spans. */
function parseExample(example: string): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  let open = -1;
  for (const c of example) {
    if (c === '[') {
      expect(open, `nested [ in ${example}`).toBe(-1);
      open = text.length;
    } else if (c === ']') {
      expect(open, `] without [ in ${example}`).toBeGreaterThanOrEqual(0);
      spans.push([open, text.length]);
      open = -1;
    } else text += c;
  }
  expect(open, `unclosed [ in ${example}`).toBe(-1);
  return { text, spans };
}

/** The rule's findings in the example, as whole findings (suggestions aside, which have their own tests). */
function findingsOf(rule: RuleSpec, text: string) {
  // Strict, so that rules shown only at higher sensitivity are exercised too.
  return analyzePost(text, { sensitivity: 'strict' })
    .findings.filter((f) => f.rule === rule.id)
    .map(({ rule: id, category, start, end, message }) => ({ rule: id, category, start, end, message }));
}

function expectWholeFindings(rule: RuleSpec, example: string) {
  const { text, spans } = parseExample(example);
  expect(spans.length, `mark the finding in [brackets]: ${example}`).toBeGreaterThan(0);
  expect(findingsOf(rule, text)).toEqual(spans.map(([start, end]) => ({ rule: rule.id, category: rule.category, start, end, message: rule.message })));
}

const phrasesOf = (rule: RuleSpec): PhraseSpec[] => [...(rule.phrases ?? []), ...(rule.inContext?.phrases ?? [])];

describe('rule data', () => {
  it('has unique ids in kebab case', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s is documented, matchable and proven', (_id, rule) => {
    expect(rule.name.length).toBeGreaterThan(3);
    expect(rule.message.length).toBeGreaterThan(20);
    expect(rule.advice.length).toBeGreaterThan(15);
    expect(rule.weight).toBeGreaterThan(0);
    expect(phrasesOf(rule).length + (rule.imperatives ? 1 : 0) + (rule.check ? 1 : 0)).toBeGreaterThan(0);
    if (rule.check) {
      expect(postChecks[rule.check]).toBeTypeOf('function');
      expect(rule.examples.fires.length, 'a whole-post check is proven by the rule examples').toBeGreaterThan(0);
    }
    if (rule.inContext) expect(Object.keys(VOCABULARY)).toContain(rule.inContext.vocabulary);
    for (const phrase of phrasesOf(rule)) if (phrase.notWith) expect(Object.keys(VOCABULARY)).toContain(phrase.notWith);
    expect(rule.examples.passes.length).toBeGreaterThan(0);
  });

  it('never switches on a rule id in the analyzer: behaviour is declared in the rule data', () => {
    const dir = new URL('../../../lib/analysis/', import.meta.url);
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n')
      // comments may name a rule
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const rule of allRules) expect(code, rule.id).not.toMatch(new RegExp(`['"\`]${rule.id}['"\`]`));
  });
});

describe('every phrase fires on its examples, alone and as a whole finding', () => {
  const cases = allRules.flatMap((rule) => phrasesOf(rule).map((phrase) => [rule.id, phrase.phrase, rule, phrase] as const));
  it.each(cases)('%s: %s', (_id, _template, rule, phrase) => {
    expect(phrase.fires.length, 'every phrase needs an example that fires').toBeGreaterThan(0);
    const alone = phraseRegExp(phrase);
    for (const example of phrase.fires) {
      const { text, spans } = parseExample(example);
      // The phrase on its own matches inside one of the marked findings: no phrase goes unexercised.
      const hits = [...text.matchAll(alone)].map((m) => [m.index, m.index + m[0].length] as const);
      expect(
        hits.some(([s, e]) => spans.some(([fs, fe]) => s < fe && e > fs)),
        `${JSON.stringify(phrase.phrase)} does not match ${JSON.stringify(text)} by itself`,
      ).toBe(true);
      expectWholeFindings(rule, example);
    }
    for (const example of phrase.passes ?? []) expect(findingsOf(rule, example)).toEqual([]);
  });
});

describe('rule examples', () => {
  const cases = allRules.flatMap((rule) => [
    ...rule.examples.fires.map((text) => [rule.id, 'fires on', text, rule, true] as const),
    ...rule.examples.passes.map((text) => [rule.id, 'passes', text, rule, false] as const),
    ...(rule.imperatives?.fires ?? []).map((text) => [rule.id, 'commands', text, rule, true] as const),
    ...(rule.imperatives?.passes ?? []).map((text) => [rule.id, 'no command in', text, rule, false] as const),
  ]);
  it.each(cases)('%s %s %j', (_id, _how, text, rule, fires) => {
    if (fires) expectWholeFindings(rule, text);
    else expect(findingsOf(rule, text)).toEqual([]);
  });
});

describe('compiled matchers', () => {
  const regexps = allRules.flatMap((rule) => {
    const c = compileRule(rule);
    const all = [...c.matchers, ...(c.context?.matchers ?? [])].flatMap((m) => [m.scan, ...m.phrases]);
    if (c.imperatives) all.push(c.imperatives.gate, c.imperatives.pressure);
    return all.map((re, i) => [rule.id, i, re] as const);
  });
  it.each(regexps)('%s #%i has no super-linear backtracking', (_id, _i, re) => {
    expect(analyse({ source: re.source, flags: re.flags }).reports.map((r) => `${r.type} on ${JSON.stringify(r.character.pick)}`)).toEqual([]);
  });

  it('uses every vocabulary', () => {
    const used = new Set<string>();
    const templates = [
      ...allRules.flatMap((r) => [
        ...phrasesOf(r).flatMap((p) => [p.phrase, ...(p.notAfter ?? []), ...(p.notBefore ?? []), p.notWith ? `{${p.notWith}}` : '']),
        r.imperatives?.pressure ?? '',
        ...(r.rewrites ?? []).map((w) => w.from),
        r.inContext ? `{${r.inContext.vocabulary}}` : '',
      ]),
      ...Object.values(VOCABULARY).flatMap((v) => ('words' in v ? v.words : [])),
      readFileSync(new URL('../../../lib/analysis/post-checks.ts', import.meta.url), 'utf8'),
    ];
    for (const t of templates) for (const m of t.matchAll(/\{(\w+)(?:!(\w+))?\}/g)) m.slice(1).forEach((n) => n && used.add(n));
    expect(Object.keys(VOCABULARY).filter((name) => !used.has(name))).toEqual([]);
  });
});
