import { i18n } from '#i18n';
import type { Verdict } from '@/lib/analysis/types';
import type { CoachFinding, IgnoreScope } from '@/lib/messaging/protocol';
import type { Box } from '@/lib/page/overlay/geometry';

export interface UnderlineView {
  index: number;
  finding: CoachFinding;
  rects: Box[];
}

export interface CardView {
  index: number;
  anchor: Box;
  /** Move keyboard focus into the card (opened from the keyboard). */
  focus: boolean;
}

export interface CoachView {
  findings: CoachFinding[];
  verdict: Verdict;
  underlines: UnderlineView[];
  /** The editor's rect, where the badge sits; null hides the badge. */
  editor: Box | null;
  card: CardView | null;
  listOpen: boolean;
  /** Index of the rule whose principle ("Why?") is expanded in the card. */
  whyOpen: boolean;
}

export interface CoachActions {
  apply(index: number): void;
  dismiss(index: number): void;
  ignoreRule(index: number, scope: IgnoreScope): void;
  why(index: number): void;
  openHelp(index: number): void;
  openCard(index: number, focus: boolean): void;
  closeCard(returnFocus: boolean): void;
  next(step: 1 | -1): void;
  toggleList(): void;
  hoverCard(inside: boolean): void;
}

const VERDICT_KEY = {
  conversation: 'common.verdict.conversation',
  broadcast: 'common.verdict.broadcast',
  'hard-sell': 'common.verdict.hardSell',
  none: 'common.verdict.none',
} as const satisfies Record<Verdict, string>;

export const verdictLabel = (verdict: Verdict): string => i18n.t(VERDICT_KEY[verdict]);

export const SHORTCUT_LABEL = 'Alt+Shift+M';
