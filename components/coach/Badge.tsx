import type { Verdict } from '@/lib/analysis/types';
import type { Box } from '@/lib/page/overlay/geometry';
import { i18n } from '#i18n';
import { SHORTCUT_LABEL, verdictLabel } from './types';

export interface BadgeProps {
  verdict: Verdict;
  count: number;
  editor: Box;
  expanded: boolean;
  onToggle(): void;
}

/** The verdict and the number of flags, at the compose box's bottom-right corner. */
export function Badge({ verdict, count, editor, expanded, onToggle }: BadgeProps) {
  const label = i18n.t('coach.badge', count, { verdict: verdictLabel(verdict), shortcut: SHORTCUT_LABEL });
  const style = {
    left: `${Math.max(0, editor.left + editor.width - 8)}px`,
    top: `${Math.max(0, editor.top + editor.height - 8)}px`,
    transform: 'translate(-100%, -100%)',
  };
  return (
    <button type="button" class="badge" data-verdict={verdict} data-count={count} aria-label={label} aria-expanded={expanded} title={label} style={style} onClick={onToggle}>
      {verdict === 'none' ? null : <span class="verdict">{verdictLabel(verdict)}</span>}{' '}
      <span class="count">{count}</span>
    </button>
  );
}
