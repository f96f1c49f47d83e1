import { describe, expect, it } from 'vitest';
import { isCutOffJson } from '../../../lib/history/json-prefix';

describe('isCutOffJson', () => {
  it.each([
    '{',
    '[',
    '{"format"',
    '{"format":',
    '{"format": "muffin-hist',
    '{"a": "\\',
    '{"a": "\\u00',
    '{"a": [1, 2.',
    '{"a": -',
    '{"a": 1e',
    '{"a": tr',
    '{"a": nul',
    '{"a": [true, {"b": null}',
    '{"a": [],',
    '[[[[',
    '  {\n  "posts": [\n    {"id": "x:1"}\n',
  ])('%j is cut off', (text) => {
    expect(isCutOffJson(text)).toBe(true);
  });

  it.each([
    '',
    '   ',
    'hello',
    'window.YTD.tweets.part0 = [',
    '{"a": 1}',
    '[1, 2]',
    '{"a": 1} {',
    '{"a": 1}]',
    '{"a" 1',
    '{a: 1',
    '{"a": 01',
    '{"a": "\\x',
    '{"a": "\\u00g',
    '{"a": "line\nbreak',
    '{"a": trux',
    '{"a": [1,,',
    '{"a": 1,}',
    '[1 2',
    '{"a": -x',
    '{"a": 1.e',
  ])('%j is not', (text) => {
    expect(isCutOffJson(text)).toBe(false);
  });

  it('agrees with JSON.parse on every cut of a nested document', () => {
    const full = JSON.stringify({ s: 'a "quoted" \\ path é \u2028', n: [-1.5e3, 0, 12], t: true, f: false, z: null, o: { deep: [[{}], []] } }, null, 1);
    for (let end = 1; end < full.length; end++) expect(isCutOffJson(full.slice(0, end)), full.slice(0, end)).toBe(true);
    expect(isCutOffJson(full)).toBe(false);
  });
});
