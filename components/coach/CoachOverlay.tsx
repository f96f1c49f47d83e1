import { Badge } from './Badge';
import { Card } from './Card';
import { FindingList } from './FindingList';
import type { CoachActions, CoachView } from './types';

/** Everything the coach draws for one compose box: underlines, badge, card and list. */
export function CoachOverlay({ view, actions }: { view: CoachView; actions: CoachActions }) {
  const card = view.card;
  const cardFinding = card ? view.findings[card.index] : undefined;
  // Conversation findings are praise (green underlines), not flags.
  const flags = view.findings.filter((f) => f.category !== 'conversation').length;
  return (
    <>
      {view.underlines.map(({ index, finding, rects }) =>
        rects.map((rect, line) => (
          <div
            key={`${index}-${finding.rule}-${finding.start}-${line}`}
            class="mark"
            data-rule={finding.rule}
            data-category={finding.category}
            data-index={index}
            data-active={card?.index === index ? '' : undefined}
            style={{ left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` }}
          />
        )),
      )}
      {view.editor ? (
        <Badge verdict={view.verdict} count={flags} editor={view.editor} expanded={view.listOpen} onToggle={actions.toggleList} />
      ) : null}
      {view.listOpen && view.editor ? (
        <FindingList verdict={view.verdict} findings={view.findings} editor={view.editor} onOpen={(index) => actions.openCard(index, true)} />
      ) : null}
      {card && cardFinding ? (
        <Card
          finding={cardFinding}
          index={card.index}
          total={view.findings.length}
          anchor={card.anchor}
          focus={card.focus}
          whyOpen={view.whyOpen}
          actions={actions}
        />
      ) : null}
    </>
  );
}
