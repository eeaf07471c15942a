/**
 * The import review's editor of one draft indicator: name, unit, the target as written with
 * its live preview (the parse saving will store), direction, group and lead unit; save (with
 * the version read: a change by someone else meanwhile is a conflict, not overwritten) or
 * discard; and the source lines it was read from, its line highlighted.
 */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { editIndicator } from '../../api/framework.ts';
import type { Framework, Indicator, Organisation } from '../../api/types.ts';
import { errorText } from '../../app/error-text.ts';
import { currentValues, nameMissing, patchOf } from '../../framework/review-rows.ts';
import type { Direction, RowEdits } from '../../framework/review-rows.ts';
import { previewTarget } from '../../framework/target-preview.ts';
import { indicatorLabel } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { SourcePassage } from '../source/source-passage.tsx';
import { TargetPreviewPanel } from './target-preview-panel.tsx';

const DIRECTIONS: readonly Direction[] = ['increase', 'decrease', 'band', 'structure', 'unknown'];
/** The Select's value for "no group" / "not assigned" (antd cannot tell a null value from none). */
const NONE = '';

type Message = { type: 'success' | 'error'; text: string; conflict?: boolean } | null;

export interface DraftEditorProps {
  indicator: Indicator;
  edits: RowEdits | undefined;
  /** The term's last year, for "đến năm …" targets. */
  termEndYear: number;
  groups: Framework['groups'];
  /** Units of the term's organisation a lead unit may be. */
  units: readonly Organisation[];
  onChange: (edits: RowEdits | undefined) => void;
  /** The server's saved indicator (the row's edits are then done). */
  onSaved: (saved: Indicator) => void;
  /** Reads the framework again (after a conflict). */
  onReload: () => void;
}

/** The editor panel of the selected draft. */
export function DraftEditor({ indicator, edits, termEndYear, groups, units, onChange, onSaved, onReload }: DraftEditorProps) {
  const { t, lang } = useI18n();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const values = currentValues(indicator, edits);
  const unit = values.unit.trim() === '' ? null : values.unit.trim();
  const preview = useMemo(() => previewTarget(values.targetText, { name: values.name, unit, termEndYear }, lang), [values.targetText, values.name, unit, termEndYear, lang]);
  const patch = patchOf(indicator, edits);
  // Until a direction is chosen by hand, a new target brings the direction its parse reads (as saving does).
  const direction = edits?.direction ?? (patch?.targetText !== undefined ? preview.direction : values.direction);
  const missingName = nameMissing(edits);
  const set = (change: RowEdits): void => {
    setMessage(null);
    onChange({ ...edits, ...change });
  };

  const save = async (): Promise<void> => {
    if (patch === null || missingName) return;
    setBusy(true);
    setMessage(null);
    try {
      onSaved(await editIndicator(indicator.id, patch));
      setMessage({ type: 'success', text: t('import.saved') });
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'conflict';
      setMessage({ type: 'error', text: conflict ? t('import.conflict') : errorText(error, t), conflict });
    } finally {
      setBusy(false);
    }
  };
  const id = (field: string): string => `review-${field}-${indicator.id}`;

  return (
    <div className="draft-editor">
      <h2>{indicatorLabel(indicator.code, values.name)}</h2>
      <div className="draft-fields">
        <label className="field draft-wide" htmlFor={id('name')}>
          <span>{t('import.field.name')}</span>
          <Input id={id('name')} value={values.name} status={missingName ? 'error' : ''} onChange={(event) => set({ name: event.target.value })} onPressEnter={() => void save()} />
          {missingName ? <span className="field-error">{t('import.nameRequired')}</span> : null}
        </label>
        <label className="field draft-wide" htmlFor={id('target')}>
          <span>{t('import.field.target')}</span>
          <Input id={id('target')} value={values.targetText} aria-describedby={id('preview')} onChange={(event) => set({ targetText: event.target.value })} onPressEnter={() => void save()} />
        </label>
        <div className="draft-wide">
          <TargetPreviewPanel preview={preview} id={id('preview')} />
        </div>
        <label className="field" htmlFor={id('unit')}>
          <span>{t('col.unit')}</span>
          <Input id={id('unit')} value={values.unit} onChange={(event) => set({ unit: event.target.value })} onPressEnter={() => void save()} />
        </label>
        <label className="field">
          <span>{t('indicator.direction')}</span>
          <Select<Direction>
            aria-label={t('indicator.direction')}
            value={direction}
            onChange={(value) => set({ direction: value })}
            options={DIRECTIONS.map((value) => ({ value, label: t(`direction.${value}`) }))}
            popupMatchSelectWidth={false}
          />
          {edits?.direction === undefined ? <span className="muted">{t('import.directionHint')}</span> : null}
        </label>
        <label className="field">
          <span>{t('col.group')}</span>
          <Select<string>
            aria-label={t('col.group')}
            value={values.groupId ?? NONE}
            onChange={(value) => set({ groupId: value === NONE ? null : value })}
            options={[{ value: NONE, label: t('group.none') }, ...groups.map((group) => ({ value: group.id, label: group.name }))]}
            popupMatchSelectWidth={false}
          />
        </label>
        <label className="field">
          <span>{t('col.lead')}</span>
          <Select<string>
            aria-label={t('col.lead')}
            showSearch={{ optionFilterProp: 'label' }}
            value={values.leadUnitId ?? NONE}
            onChange={(value) => set({ leadUnitId: value === NONE ? null : value })}
            options={[{ value: NONE, label: t('import.leadNone') }, ...units.map((unitOption) => ({ value: unitOption.id, label: unitOption.name }))]}
            popupMatchSelectWidth={false}
          />
        </label>
      </div>
      <div className="draft-actions">
        <Button type="primary" onClick={() => void save()} loading={busy} disabled={patch === null || missingName}>
          {t('import.save')}
        </Button>
        <Button onClick={() => { setMessage(null); onChange(undefined); }} disabled={edits === undefined || busy}>
          {t('import.discard')}
        </Button>
      </div>
      {message === null ? null : (
        <Alert
          className="entry-message"
          type={message.type}
          showIcon
          title={message.text}
          role={message.type === 'error' ? 'alert' : 'status'}
          action={message.conflict === true ? <Button size="small" onClick={() => { setMessage(null); onReload(); }}>{t('import.reload')}</Button> : undefined}
        />
      )}
      <section className="draft-source" aria-label={t('import.source')}>
        <h3>{t('import.source')}</h3>
        {indicator.sourceDocumentId === null || indicator.sourceLine === null ? (
          <p className="muted">{t('import.sourceNone')}</p>
        ) : (
          <SourcePassage documentId={indicator.sourceDocumentId} line={indicator.sourceLine} context={4} />
        )}
      </section>
    </div>
  );
}
