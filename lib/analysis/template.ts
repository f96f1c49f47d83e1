// Phrase templates: how rule data says what to match without writing regular expressions.
//
//   last (chance|call|day)     a choice of words or phrases
//   [just] buy now             optional words
//   before {day}               a shared vocabulary (lib/analysis/rules/vocabulary.ts)
//   {word!unit}                any one word except a word of the `unit` vocabulary
//   offer ~ ends               a short gap: up to 30 characters of the same sentence (~40 for 40)
//   ^ hurry                    only at the start of the sentence (after any emoji or punctuation)
//   hours?  don't  pre-order   `?` makes the letter before it optional; an apostrophe is optional,
//                              a hyphen also matches a space or nothing; `\?` is a literal question mark
//   {money}off                 no white space between items: the two are matched side by side
//
// White space between items matches any run of white space. Matching ignores case, except inside a few
// vocabularies that are about case (a capitalised name, a code in capitals): a phrase that uses one of those
// matches its literal words in any case and the vocabulary's own part as written.

import { LETTER, VOCABULARY, type Vocabulary } from './rules/vocabulary';

type Node =
  | { kind: 'word'; text: string }
  | { kind: 'seq'; items: Node[]; spaced: boolean[] }
  | { kind: 'alt'; options: Node[]; optional: boolean }
  | { kind: 'vocab'; name: string; except?: string }
  | { kind: 'gap'; max: number }
  | { kind: 'start' };

export class TemplateError extends Error {}

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '|', '~', ' ']);

function parse(template: string): Node {
  let i = 0;
  const fail = (why: string): never => {
    throw new TemplateError(`${why} at ${i} in template ${JSON.stringify(template)}`);
  };
  const skipSpace = () => {
    const from = i;
    while (template[i] === ' ') i++;
    return i > from;
  };
  function sequence(closers: string): Node {
    const items: Node[] = [];
    const spaced: boolean[] = [];
    let space = skipSpace();
    while (i < template.length && !closers.includes(template[i]!)) {
      spaced.push(items.length > 0 && space);
      items.push(item());
      space = skipSpace();
    }
    if (items.length === 0) fail('empty phrase');
    return items.length === 1 ? items[0]! : { kind: 'seq', items, spaced };
  }
  function choices(close: string, optional: boolean): Node {
    i++;
    const options = [sequence('|' + close)];
    while (template[i] === '|') {
      i++;
      options.push(sequence('|' + close));
    }
    if (template[i] !== close) fail(`missing ${close}`);
    i++;
    return { kind: 'alt', options, optional };
  }
  function item(): Node {
    const c = template[i]!;
    if (c === '(') return choices(')', false);
    if (c === '[') return choices(']', true);
    if (c === '{') {
      const end = template.indexOf('}', i);
      if (end < 0) fail('missing }');
      const [name, except] = template.slice(i + 1, end).split('!');
      i = end + 1;
      if (!name || !(name in VOCABULARY)) fail(`unknown vocabulary {${name}}`);
      if (except !== undefined && !(except in VOCABULARY)) fail(`unknown vocabulary {!${except}}`);
      return { kind: 'vocab', name: name!, except };
    }
    if (c === '~') {
      i++;
      const digits = /^\d*/.exec(template.slice(i))![0];
      i += digits.length;
      return { kind: 'gap', max: digits ? Number(digits) : 30 };
    }
    if (c === '^') {
      i++;
      return { kind: 'start' };
    }
    const from = i;
    while (i < template.length && !SPECIAL.has(template[i]!)) i += template[i] === '\\' ? 2 : 1;
    if (i === from) fail(`unexpected ${c}`);
    return { kind: 'word', text: template.slice(from, i) };
  }
  const node = sequence('');
  if (i < template.length) fail(`unexpected ${template[i]}`);
  return node;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const escapeChar = (c: string) => (/[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c);

interface Edges {
  left: boolean;
  right: boolean;
}

interface Emitted {
  source: string;
  /** True when some part can only be matched case-sensitively (a vocabulary about case). */
  sensitive: boolean;
}

/** The separator between two items with white space between them in the template. */
const SPACE = '\\s+';

class Emitter {
  constructor(private readonly sensitive: boolean) {}

  word(text: string, edges: Edges): string {
    let out = '';
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (c === '\\') {
        out += escapeChar(text[++k] ?? '\\');
      } else if (c === '?') {
        out += '?';
      } else if (c === "'") {
        out += text[k + 1] === '?' ? "'" : "'?";
      } else if (c === '-') {
        out += text[k + 1] === '?' ? '-' : '[- ]?';
      } else if (this.sensitive && /\p{L}/u.test(c) && c.toLowerCase() !== c.toUpperCase()) {
        out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
      } else out += escapeChar(c);
    }
    const first = text[0] === '\\' ? text[1] ?? '' : text[0]!;
    const last = text.replace(/\?$/, '').slice(-1);
    return (edges.left && WORD_CHAR.test(first) ? '\\b' : '') + out + (edges.right && WORD_CHAR.test(last) ? '\\b' : '');
  }

  node(node: Node, edges: Edges): string {
    switch (node.kind) {
      case 'word':
        return this.word(node.text, edges);
      case 'gap':
        return `[^.!?\\n]{0,${node.max}}?`;
      case 'start':
        return `^[^${LETTER}0-9]*`;
      case 'vocab':
        return this.vocab(VOCABULARY[node.name as keyof typeof VOCABULARY], node.except, edges);
      case 'alt': {
        const options = node.options.map((o) => this.node(o, edges));
        const body = options.length === 1 && node.options[0]!.kind !== 'seq' && !node.optional ? options[0]! : `(?:${options.join('|')})`;
        return node.optional ? `${body}?` : body;
      }
      case 'seq':
        return this.seq(node, edges);
    }
  }

  private vocab(vocab: Vocabulary, except: string | undefined, edges: Edges): string {
    let body: string;
    if ('pattern' in vocab) {
      if (this.sensitive && vocab.anyCase) throw new TemplateError(`a case-sensitive phrase cannot use a vocabulary written for any case (${vocab.note})`);
      body = `(?:${vocab.pattern})`;
    } else body = this.node(parse(`(${vocab.words.join('|')})`), edges);
    if (except === undefined) return body;
    const not: Vocabulary = VOCABULARY[except as keyof typeof VOCABULARY];
    const excluded = 'pattern' in not ? `(?:${not.pattern})` : this.node(parse(`(${not.words.join('|')})`), { left: false, right: true });
    return `(?!${excluded})${body}`;
  }

  private seq(node: Extract<Node, { kind: 'seq' }>, edges: Edges): string {
    const { items, spaced } = node;
    const optional = (n: Node) => n.kind === 'alt' && n.optional;
    const firstRequired = items.findIndex((n) => !optional(n));
    if (firstRequired < 0) throw new TemplateError('a phrase needs at least one required item');
    let out = '';
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      const prev = items[k - 1];
      const next = items[k + 1];
      const itemEdges = {
        left: (k <= firstRequired && edges.left && (k === 0 || spaced[k])) || prev?.kind === 'gap' || prev?.kind === 'start',
        right: items.slice(k + 1).every(optional) ? edges.right : next?.kind === 'gap',
      };
      let body = this.node(item, itemEdges);
      const gapSide = item.kind === 'gap' || prev?.kind === 'gap' || prev?.kind === 'start';
      if (optional(item) && k < firstRequired) {
        // An optional opening carries the white space after it: "[just] buy" is (?:just\s+)?buy.
        body = `(?:${body.slice(0, -1)}${spaced[k + 1] ? SPACE : ''})?`;
      } else if (optional(item)) {
        body = `(?:${spaced[k] && !gapSide ? SPACE : ''}${body.slice(0, -1)})?`;
      } else if (k > 0 && spaced[k] && !gapSide && !(k === firstRequired && firstRequired > 0)) body = SPACE + body;
      out += body;
    }
    return out;
  }
}

function usesCase(node: Node): boolean {
  switch (node.kind) {
    case 'vocab': {
      const v: Vocabulary = VOCABULARY[node.name as keyof typeof VOCABULARY];
      return 'pattern' in v ? v.caseSensitive === true : v.words.some((w) => usesCase(parse(w)));
    }
    case 'alt':
      return node.options.some(usesCase);
    case 'seq':
      return node.items.some(usesCase);
    default:
      return false;
  }
}

/** The regular-expression source of one template, and whether it must be matched case-sensitively. */
export function compileTemplate(template: string, guards: { notAfter?: readonly string[]; notBefore?: readonly string[] } = {}): Emitted {
  const tree = parse(template);
  const sensitive = usesCase(tree);
  const emitter = new Emitter(sensitive);
  let source = emitter.node(tree, { left: true, right: true });
  if (guards.notAfter?.length) {
    const words = guards.notAfter.map((g) => emitter.node(parse(g), { left: true, right: false })).join('|');
    source = `(?<!(?:${words})\\s)${source}`;
  }
  if (guards.notBefore?.length) {
    const words = guards.notBefore.map((g) => emitter.node(parse(g), { left: false, right: true })).join('|');
    source = `${source}(?!\\s*(?:${words}))`;
  }
  return { source, sensitive };
}
