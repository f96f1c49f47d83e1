import type { Plugin } from 'vite';

// Muffin never renders an HTML string: every piece of text, a post's included, reaches the DOM as text.
// Preact still carries one branch that assigns `dangerouslySetInnerHTML.__html` to `innerHTML`, and
// addons-linter rightly flags it (UNSAFE_VAR_ASSIGNMENT) in every bundle that contains Preact. This plugin
// rewrites that one assignment to `textContent` at build time, so the shipped code has no HTML sink at all
// and a `dangerouslySetInnerHTML` that slipped in would show its markup as plain text.
// The build fails if Preact's code changes shape, rather than quietly shipping the sink again.

const PREACT_BUNDLE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/;
/** `dom.innerHTML = newHtml.__html`, minified: the only non-constant innerHTML assignment in Preact. */
const HTML_SINK = /\b([\w$]+)\.innerHTML=([\w$]+)\.__html\b/g;

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'muffin:preact-without-inner-html',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id)) return null;
      const sinks = code.match(HTML_SINK)?.length ?? 0;
      if (sinks !== 1) {
        this.error(`Expected exactly one "x.innerHTML=y.__html" in ${id}, found ${sinks}: Preact changed, update build/preact-without-inner-html.ts.`);
      }
      return { code: code.replace(HTML_SINK, '$1.textContent=$2.__html'), map: null };
    },
  };
}
