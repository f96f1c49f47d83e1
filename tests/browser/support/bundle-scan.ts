// Static checks on the built extension, for the security tests: no code built from strings, no way to reach
// the network, no HTML sinks fed with data, and only URLs that are never loaded.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BundleProblem {
  file: string;
  kind: string;
  excerpt: string;
}

/** Code that runs strings, reaches the network, or parses data as HTML. Muffin needs none of it. */
const FORBIDDEN_CODE: readonly (readonly [kind: string, pattern: RegExp])[] = [
  ['eval', /(?<![\w$.])eval\s*\(/g],
  ['Function constructor', /(?<![\w$.])(?:new\s+)?Function\s*\(/g],
  ['timer with a string', /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/g],
  ['fetch', /(?<![\w$])fetch\s*\(/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['EventSource', /\bEventSource\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
  ['importScripts', /\bimportScripts\b/g],
  ['remote import()', /\bimport\s*\(\s*[`'"](?:[a-z]+:)?\/\//gi],
  // Assigning anything but an empty literal to innerHTML/outerHTML parses it as HTML.
  ['HTML assignment', /\.(?:innerHTML|outerHTML)\s*\+?=(?!=)\s*(?!``|''|""|null\b)/g],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/g],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/g],
  ['createContextualFragment', /\bcreateContextualFragment\b/g],
];

/**
 * URL literals that appear in the bundles but are never requested: XML namespaces, match patterns (they
 * have a `*` or are built from a host name the person typed), the example posts in the rules' data, and
 * the links in WXT's own error messages.
 */
const INERT_URL: readonly RegExp[] = [
  /^http:\/\/www\.w3\.org\/(?:1998\/Math\/MathML|1999\/xhtml|2000\/svg)$/,
  /\*/,
  /^https:\/\/\$\{[\w$.]+\}(?:\/\*)?$/,
  /^https:\/\/$/,
  /^https:\/\/(?:[\w-]+\.)?example\.com(?:\/[\w/-]*)?$/,
  /^https:\/\/wxt\.dev\/guide\/[\w/.-]+$/,
  /^https:\/\/github\.com\/wxt-dev\/wxt\/issues\/\d+$/,
];
const URL_LITERAL = /\b(?:https?|wss?):\/\/[^\s"'`)<>\\]*/g;

const excerpt = (text: string, index: number) => text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ');

/** Problems in one script's text. */
export function scanScript(file: string, code: string): BundleProblem[] {
  const problems: BundleProblem[] = [];
  for (const [kind, pattern] of FORBIDDEN_CODE) {
    for (const match of code.matchAll(pattern)) problems.push({ file, kind, excerpt: excerpt(code, match.index) });
  }
  for (const match of code.matchAll(URL_LITERAL)) {
    if (!INERT_URL.some((inert) => inert.test(match[0]))) problems.push({ file, kind: `URL ${match[0]}`, excerpt: excerpt(code, match.index) });
  }
  return problems;
}

/** Problems in an HTML page or a style sheet: anything it would load from off the extension. */
export function scanMarkup(file: string, text: string): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const remote = /(?:\b(?:src|href|action|poster|data)\s*=\s*(?:["']\s*)?|url\(\s*(?:["']\s*)?|@import\s+["'])(?:[a-z][a-z0-9+.-]*:)?\/\//gi;
  for (const match of text.matchAll(remote)) problems.push({ file, kind: 'remote resource', excerpt: excerpt(text, match.index) });
  for (const match of text.matchAll(/<script\b(?![^>]+\bsrc=)[^>]*>/gi)) problems.push({ file, kind: 'inline script', excerpt: excerpt(text, match.index) });
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every problem in a built extension directory. */
export function scanBuild(dir: string): { files: string[]; problems: BundleProblem[] } {
  const files = filesUnder(dir).map((file) => relative(dir, file));
  const problems = files.flatMap((file) => {
    const text = () => readFileSync(join(dir, file), 'utf8');
    if (/\.(?:js|mjs)$/.test(file)) return scanScript(file, text());
    if (/\.(?:html|css)$/.test(file)) return scanMarkup(file, text());
    return [];
  });
  return { files, problems };
}
