/**
 * The disposition board once read: the subjects grouped by the unit of the draft they are
 * about (each unit a heading with how many it holds), each subject an item with its editor
 * (disposition-item.tsx); "pending only" drops the answered ones. No data fetching and no style
 * sheet, so its test renders it.
 */
import { useI18n } from '../../i18n/i18n-context.tsx';
import { DISPOSITION_WORD } from '../../../../src/domain/vocabulary/index.ts';
import { EmptyState } from '../page-state.tsx';
import { DispositionItem } from './disposition-item.tsx';
import { domId, groupSubjects, subjectKey } from './disposition-model.ts';
import type { DispositionBoard } from './disposition-model.ts';
import { countText, unitText } from './synthesis-model.ts';

export interface DispositionBoardViewProps {
  consultationId: string;
  board: DispositionBoard;
  canManage: boolean;
  pendingOnly: boolean;
  focus: string | null;
  onSaved: (text: string) => void;
}

/** The subjects grouped by unit (filtered to the pending ones on demand), or why there are none. */
export function DispositionBoardView({ consultationId, board, canManage, pendingOnly, focus, onSaved }: DispositionBoardViewProps) {
  const { t } = useI18n();
  if (board.subjects.length === 0) return <EmptyState text={t('disposition.none')} />;
  const groups = groupSubjects(board.subjects, pendingOnly);
  if (groups.length === 0) return <EmptyState text={t('disposition.allDone')} />;
  return (
    <div className="disposition-groups">
      {groups.map((group) => (
        <section key={group.key} className="disposition-group" aria-labelledby={`disposition-unit-${domId(group.key)}`} data-unit={group.key}>
          <h3 id={`disposition-unit-${domId(group.key)}`}>
            {unitText(group.unit)}
            <span className="muted disposition-group-count">{` · ${t('disposition.group.count', { count: countText(group.subjects.length) })}`}</span>
          </h3>
          <ul className="disposition-list">
            {group.subjects.map((subject) => (
              <DispositionItem
                key={subjectKey(subject.subject)}
                consultationId={consultationId}
                subject={subject}
                revisedSections={board.revisedSections}
                canManage={canManage}
                focused={focus === subjectKey(subject.subject)}
                onSaved={(_, kind) => onSaved(t('disposition.saved', { kind: DISPOSITION_WORD[kind] }))}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
