import { describe, expect, it } from 'vitest';
import { allRules, analyzePost } from '../../../lib/analysis';
import { postChecks } from '../../../lib/analysis/post-checks';

describe('rule data', () => {
  it('has unique ids in kebab case', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s is documented and matchable', (_id, rule) => {
    expect(rule.name.length).toBeGreaterThan(3);
    expect(rule.message.length).toBeGreaterThan(20);
    expect(rule.advice.length).toBeGreaterThan(15);
    expect(rule.weight).toBeGreaterThan(0);
    const matchers = (rule.patterns?.length ?? 0) + (rule.verbs?.length ?? 0) + (rule.check ? 1 : 0);
    expect(matchers).toBeGreaterThan(0);
    if (rule.check) expect(postChecks[rule.check]).toBeTypeOf('function');
    if (rule.verbs) expect(rule.verbsWith).toBeInstanceOf(RegExp);
    expect(rule.examples.fires.length).toBeGreaterThan(0);
    expect(rule.examples.passes.length).toBeGreaterThan(0);
  });

  const examples = allRules.flatMap((rule) => [
    ...rule.examples.fires.map((text) => [rule.id, 'fires on', text, true] as const),
    ...rule.examples.passes.map((text) => [rule.id, 'passes', text, false] as const),
  ]);
  it.each(examples)('%s %s %j', (id, _how, text, fires) => {
    // Strict, so that rules shown only at higher sensitivity are exercised too.
    const rules = analyzePost(text, { sensitivity: 'strict' }).findings.map((f) => f.rule);
    if (fires) expect(rules).toContain(id);
    else expect(rules).not.toContain(id);
  });
});
