import type { Verdict } from '@/lib/analysis/types';
import type { CoachFinding } from '@/lib/messaging/protocol';
import type { Box } from '@/lib/page/overlay/geometry';
import { i18n } from '#i18n';
import { SHORTCUT_LABEL, verdictLabel } from './types';

export interface FindingListProps {
  verdict: Verdict;
  findings: CoachFinding[];
  editor: Box;
  onOpen(index: number): void;
}

/** Every flag in the draft, and the post-level advice, opened from the badge. */
export function FindingList({ verdict, findings, editor, onOpen }: FindingListProps) {
  const left = Math.max(8, Math.min(editor.left + editor.width - 320, window.innerWidth - 328));
  const top = Math.min(editor.top + editor.height + 4, Math.max(8, window.innerHeight - 300));
  return (
    <div class="list" role="dialog" aria-label={i18n.t('coach.list.label')} style={{ left: `${left}px`, top: `${top}px` }}>
      <h2>{verdictLabel(verdict)}</h2>
      {findings.length === 0 ? <p>{i18n.t('coach.list.noFlags')}</p> : null}
      <ul>
        {findings.map((finding, index) => (
          <li key={`${finding.rule}-${finding.start}`}>
            <button type="button" data-rule={finding.rule} onClick={() => onOpen(index)}>
              <strong>{finding.name}</strong>: {finding.message}
            </button>
          </li>
        ))}
      </ul>
      <p class="hint">{i18n.t('coach.list.hint', { shortcut: SHORTCUT_LABEL })}</p>
    </div>
  );
}
