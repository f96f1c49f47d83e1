import { i18n } from '#i18n';
import { shortDate } from '../shared/dates';

/** Previous / next week; the next button stops at the current week. */
export function WeekNavigator({ week, currentWeek, onChange }: { week: number; currentWeek: number; onChange: (week: number) => void }) {
  const label = `${shortDate(week * 86_400_000)} – ${shortDate((week + 6) * 86_400_000)}`;
  return (
    <nav class="week-nav" aria-label={i18n.t('popup.weeks.label')}>
      <button type="button" aria-label={i18n.t('popup.weeks.previous')} onClick={() => onChange(week - 7)}>
        ‹
      </button>
      <h2 aria-live="polite" data-testid="week-label">
        {i18n.t(week === currentWeek ? 'popup.weeks.thisWeek' : week === currentWeek - 7 ? 'popup.weeks.lastWeek' : 'popup.weeks.week')} <span class="muted">{label}</span>
      </h2>
      <button type="button" aria-label={i18n.t('popup.weeks.next')} disabled={week >= currentWeek} onClick={() => onChange(week + 7)}>
        ›
      </button>
    </nav>
  );
}
