// The background's boundary: every message is checked here, field by field, before any handler sees it,
// because a content script runs beside pages that can post anything, and history writes must come from
// Muffin's own pages. One check per message type, as data.
import type { Verdict } from '../analysis/types';
import { isCount, isObject, isOneOf } from '../guards';
import { validateArchive } from '../history/archives/analyze';
import type { ParsedHistoryFile } from '../history/import';
import { VERDICTS } from '../history/types';
import { validateRecord, validateRecords } from '../history/validate';
import { IGNORE_SCOPES, MAX_DRAFT_CHARS, type IgnoreScope, type Message, type MessageType, type Protocol } from './protocol';

const MAX_RULES = 200;
const MAX_ID_CHARS = 80;
const MAX_NAME_CHARS = 200;

const isShortId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_CHARS && /^[a-z0-9][\w.-]*$/i.test(value);
const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.length <= MAX_RULES && value.every(isShortId);
const isName = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NAME_CHARS;

/** Who sent a message, as the browser (not the message) says: a content script in a web page, or one of Muffin's pages. */
export type SenderKind = 'coach' | 'extension-page';

/** A message's fields, checked and copied (known fields only), or a sentence that says what is wrong. */
type Check<K extends MessageType> = (fields: Record<string, unknown>) => Protocol[K]['request'] | string;

const CHECKS: { [K in MessageType]: { from: Protocol[K]['from']; check: Check<K> } } = {
  analyze: {
    from: 'coach',
    check: ({ text, platform, ignoreRules }) => {
      if (typeof text !== 'string' || text.length > MAX_DRAFT_CHARS) return 'The draft is missing or too long.';
      if (!isShortId(platform) || !isIdList(ignoreRules)) return 'The site or the ignored rules are not ids.';
      return { text, platform, ignoreRules: [...ignoreRules] };
    },
  },
  published: {
    from: 'coach',
    check: ({ verdict, rules, platform, improved, chars, publishedAt, reply = false }) => {
      if (!isOneOf<Verdict>(VERDICTS, verdict) || !isIdList(rules) || !isShortId(platform)) return 'The verdict, rules or site are not known ids.';
      if (typeof improved !== 'boolean' || !isCount(chars) || chars > MAX_DRAFT_CHARS || !isCount(publishedAt)) return 'The post’s counts or time are not numbers.';
      if (typeof reply !== 'boolean') return 'Whether the post was a reply is not true or false.';
      return { verdict, rules: [...rules], platform, improved, chars, publishedAt, reply };
    },
  },
  'ignore-rule': {
    from: 'coach',
    check: ({ rule, scope = 'everywhere' }) =>
      isShortId(rule) && isOneOf<IgnoreScope>(IGNORE_SCOPES, scope) ? { rule, scope } : 'The rule or where to ignore it is unknown.',
  },
  'open-rule-help': { from: 'coach', check: ({ rule }) => (isShortId(rule) ? { rule } : 'The rule is not an id.') },
  'history:record': {
    from: 'extension-page',
    check: ({ record }) => {
      const checked = validateRecord(record);
      return checked.ok ? { record: checked.record } : `Not a post record: ${checked.problem}`;
    },
  },
  'history:import': {
    from: 'extension-page',
    check: ({ posts }) => {
      const checked = validateRecords(posts);
      return checked.ok ? { posts: checked.records } : checked.problem;
    },
  },
  'archive:import': {
    from: 'extension-page',
    check: ({ platform, posts }) => {
      const checked = validateArchive(platform, posts);
      return checked.ok ? { platform: checked.archive.platform, posts: checked.archive.posts } : `This is not an archive Muffin can analyse: ${checked.problem}.`;
    },
  },
  'history:clear': { from: 'extension-page', check: () => ({}) },
  'team:import': {
    from: 'extension-page',
    check: ({ files }) => {
      if (!Array.isArray(files)) return '"files" must be a list of exports.';
      const checked: ParsedHistoryFile[] = [];
      for (const file of files) {
        if (!isObject(file) || !isName(file.person) || typeof file.exportedAt !== 'string') return 'An export has no person or no export time.';
        const posts = validateRecords(file.posts);
        if (!posts.ok) return `${file.person}: ${posts.problem}`;
        checked.push({ person: file.person, exportedAt: file.exportedAt, posts: posts.records });
      }
      return { files: checked };
    },
  },
  'team:forget': { from: 'extension-page', check: ({ person }) => (isName(person) ? { person } : 'The person has no name.') },
  'team:clear': { from: 'extension-page', check: () => ({}) },
};

export type CheckedMessage = { ok: true; message: Message } | { ok: false; error: string };

const isMessageType = (type: unknown): type is MessageType => typeof type === 'string' && Object.hasOwn(CHECKS, type);

/**
 * Null when `raw` is not one of Muffin's messages (another listener's business); otherwise the checked
 * message, or why it is refused: malformed, or a history write from anything but Muffin's own pages.
 */
export function checkMessage(raw: unknown, sender: SenderKind): CheckedMessage | null {
  if (!isObject(raw) || !isMessageType(raw.type)) return null;
  const { from, check } = CHECKS[raw.type] as { from: SenderKind; check: Check<MessageType> };
  if (from === 'extension-page' && sender !== 'extension-page') return { ok: false, error: 'Only Muffin’s own pages can change the history.' };
  const fields = check(raw);
  return typeof fields === 'string' ? { ok: false, error: fields } : { ok: true, message: { ...fields, type: raw.type } as Message };
}
