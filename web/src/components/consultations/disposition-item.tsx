/**
 * One subject of the disposition board: a main point (a cluster of similar comments, with how
 * many it stands for) or a single comment, its text as written (escaped, line breaks kept), its
 * stance, and its current disposition — the kind, the note, the changed section of the next
 * version, when — or "Chưa xử lý"; for the secretariat a button that opens the editor inline.
 */
import Tag from 'antd/es/tag';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { DISPOSITION_WORD, STANCE_WORD } from '../../../../src/domain/vocabulary/index.ts';
import type { DispositionKind } from '../../../../src/domain/consultation/types.ts';
import { DispositionEditor } from './disposition-editor.tsx';
import { domId, revisedSectionText, subjectKey } from './disposition-model.ts';
import type { DispositionBoard, DispositionSubject } from './disposition-model.ts';
import { countText } from './synthesis-model.ts';

/** The tag colours of the disposition kinds: solid, dark enough for white text (WCAG AA). */
export const DISPOSITION_COLOR = { accepted: '#237804', explained: '#0958d9', not_accepted: '#a8071a' } as const satisfies Record<DispositionKind, string>;
/** The tag colours of the stances, as dark. */
export const STANCE_COLOR = { agree: '#237804', disagree: '#a8071a', partly: '#8c6100' } as const;
/** A subject not answered yet (dark amber, as the app's "late" and "draft" tags). */
export const PENDING_COLOR = '#8c6100';

/** The element id of a subject on the page (a link's `subject` parameter brings it into view). */
export const subjectElementId = (subject: { kind: string; id: string }): string => `disposition-${subject.kind}-${domId(subject.id)}`;

export interface DispositionItemProps {
  consultationId: string;
  subject: DispositionSubject;
  revisedSections: DispositionBoard['revisedSections'];
  canManage: boolean;
  /** Named by the address (`?subject=cluster:ID`): highlighted and focused once. */
  focused: boolean;
  onSaved: (subject: DispositionSubject, kind: DispositionKind) => void;
}

function CurrentDisposition({ subject, revisedSections }: Pick<DispositionItemProps, 'subject' | 'revisedSections'>) {
  const { t } = useI18n();
  const record = subject.disposition;
  if (record === null) return <p className="disposition-current"><Tag color={PENDING_COLOR} className="disposition-pending">{t('disposition.pending')}</Tag></p>;
  const section = record.changedSectionId === null ? null : (revisedSections ?? []).find((item) => item.id === record.changedSectionId) ?? null;
  return (
    <div className="disposition-current" data-kind={record.kind}>
      <p>
        <Tag color={DISPOSITION_COLOR[record.kind]}>{DISPOSITION_WORD[record.kind]}</Tag>
        <span className="muted">{t('disposition.decided', { when: formatDateTime(record.decidedAt, 'Asia/Ho_Chi_Minh') })}</span>
      </p>
      {record.note === '' ? null : <p className="review-text disposition-note-text">{record.note}</p>}
      {record.changedSectionId === null ? null : (
        <p className="disposition-changed">
          {t('disposition.changedSection', { section: section === null ? record.changedSectionId : revisedSectionText(section) })}
        </p>
      )}
    </div>
  );
}

/** A subject with its disposition and, for the secretariat, its editor. */
export function DispositionItem({ consultationId, subject, revisedSections, canManage, focused, onSaved }: DispositionItemProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focused || ref.current === null) return;
    ref.current.scrollIntoView({ block: 'center' });
    ref.current.focus({ preventScroll: true });
  }, [focused]);
  const subjectRef = subject.subject;
  return (
    <li
      ref={ref}
      id={subjectElementId(subjectRef)}
      tabIndex={-1}
      className={`disposition-item${focused ? ' focused' : ''}${subject.disposition === null ? ' pending' : ''}`}
      data-subject={subjectKey(subjectRef)}
    >
      <p className="disposition-meta">
        <Tag>{subjectRef.kind === 'cluster' ? t('disposition.cluster', { count: countText(subject.size) }) : t('disposition.single')}</Tag>
        {subject.stance === null ? null : <Tag color={STANCE_COLOR[subject.stance]}>{STANCE_WORD[subject.stance]}</Tag>}
      </p>
      <p className="review-text disposition-text">{subject.text}</p>
      <CurrentDisposition subject={subject} revisedSections={revisedSections} />
      {!canManage ? null : editing ? (
        <DispositionEditor
          consultationId={consultationId}
          subject={subject}
          revisedSections={revisedSections}
          onCancel={() => setEditing(false)}
          onSaved={(kind) => {
            setEditing(false);
            onSaved(subject, kind);
          }}
        />
      ) : (
        <button
          type="button"
          className="review-button disposition-open"
          onClick={() => setEditing(true)}
          aria-label={t(subject.disposition === null ? 'disposition.open.label' : 'disposition.edit.label', { text: subject.text.slice(0, 60) })}
        >
          {subject.disposition === null ? t('disposition.open') : t('disposition.edit')}
        </button>
      )}
    </li>
  );
}
