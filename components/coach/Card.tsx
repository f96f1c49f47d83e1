import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { CoachFinding } from '@/lib/messaging/protocol';
import type { Box } from '@/lib/page/overlay/geometry';
import { SHORTCUT_LABEL, type CoachActions } from './types';

const CARD_WIDTH = 320;

function cardPosition(anchor: Box, viewport: { width: number; height: number }): { left: number; top: number } {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - CARD_WIDTH - 8));
  const below = anchor.top + anchor.height + 6;
  // Room below for a typical card; otherwise open above the phrase.
  const top = below + 200 > viewport.height && anchor.top > 220 ? anchor.top - 206 : below;
  return { left, top };
}

export interface CardProps {
  finding: CoachFinding;
  index: number;
  total: number;
  anchor: Box;
  focus: boolean;
  whyOpen: boolean;
  actions: CoachActions;
}

/** The card for one flag: what, why, the fix, and what to do about it. Page text is only ever rendered as text. */
export function Card({ finding, index, total, anchor, focus, whyOpen, actions }: CardProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) root.current?.querySelector('button')?.focus();
  }, [focus, index]);
  const { left, top } = cardPosition(anchor, { width: window.innerWidth, height: window.innerHeight });
  const replacement = finding.suggestion?.replacement;
  const titleId = `muffin-card-title-${index}`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.closeCard(true);
    } else if (event.altKey && event.shiftKey && event.code === 'KeyM') {
      event.preventDefault();
      actions.next(1);
    }
  };
  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      data-rule={finding.rule}
      data-category={finding.category}
      style={{ left: `${left}px`, top: `${top}px` }}
      onKeyDown={onKeyDown}
      onMouseEnter={() => actions.hoverCard(true)}
      onMouseLeave={() => actions.hoverCard(false)}
    >
      <span class="position" title={i18n.t('coach.card.position', { shortcut: SHORTCUT_LABEL })}>
        {i18n.t('coach.card.positionText', { index: index + 1, total })}
      </span>
      <h2 id={titleId}>{finding.name}</h2>
      <p class="message">{finding.message}</p>
      {replacement !== undefined ? (
        <p class="replacement">{replacement === '' ? i18n.t('coach.card.remove') : i18n.t('coach.card.replace', { replacement })}</p>
      ) : null}
      {finding.suggestion ? (
        <p class="advice">
          {finding.suggestion.advice}
          {finding.suggestion.example !== undefined ? ` ${i18n.t('coach.forExample', { example: finding.suggestion.example })}` : null}
        </p>
      ) : null}
      {whyOpen ? (
        <p class="why">
          {i18n.t('coach.card.why')}{' '}
          <button type="button" class="link" data-action="help" onClick={() => actions.openHelp(index)}>
            {i18n.t('coach.card.more')}
          </button>
        </p>
      ) : null}
      <div class="buttons">
        {replacement !== undefined ? (
          <button type="button" class="primary" data-action="apply" onClick={() => actions.apply(index)}>
            {i18n.t('coach.card.apply')}
          </button>
        ) : null}
        <button type="button" data-action="dismiss" onClick={() => actions.dismiss(index)}>
          {i18n.t('coach.card.dismiss')}
        </button>
        <button type="button" data-action="ignore-site" onClick={() => actions.ignoreRule(index, 'site')}>
          {i18n.t('coach.card.ignoreSite')}
        </button>
        <button type="button" data-action="ignore" onClick={() => actions.ignoreRule(index, 'everywhere')}>
          {i18n.t('coach.card.ignore')}
        </button>
        <button type="button" data-action="why" aria-expanded={whyOpen} onClick={() => actions.why(index)}>
          {i18n.t('coach.card.whyButton')}
        </button>
      </div>
    </div>
  );
}
