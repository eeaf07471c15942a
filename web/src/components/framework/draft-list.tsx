/**
 * The import review's list of draft indicators, grouped as in the document (components
 * indented under their parent). Each row is a button: Tab reaches the list, the arrow keys
 * move through it, and the chosen row opens in the editor beside it. Rows with unsaved edits
 * are marked; a target the parser cannot read is flagged.
 */
import { useEffect } from 'react';
import type { KeyboardEvent } from 'react';
import type { Indicator } from '../../api/types.ts';
import type { ReviewSection } from '../../framework/review-rows.ts';
import type { PreviewState } from '../../framework/target-preview.ts';
import { indicatorLabel } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface DraftListProps {
  sections: readonly ReviewSection<Indicator>[];
  selectedId: string | null;
  onSelect: (indicatorId: string) => void;
  /** Whether a row has edits not saved yet. */
  unsaved: (indicatorId: string) => boolean;
  /** The row's target as it now reads (with its edits). */
  targetOf: (indicatorId: string) => { text: string; state: PreviewState };
}

/** The grouped list of drafts. */
export function DraftList({ sections, selectedId, onSelect, unsaved, targetOf }: DraftListProps) {
  const { t } = useI18n();
  const order = sections.flatMap((section) => section.rows.map((row) => row.indicator.id));
  const selectedUnsaved = selectedId !== null && unsaved(selectedId);
  useEffect(() => {
    // The chosen row stays in view in the list's own scroll area (also when its "not saved" mark makes it taller).
    if (selectedId !== null) document.getElementById(`draft-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, selectedUnsaved]);
  const move = (event: KeyboardEvent<HTMLButtonElement>, indicatorId: string): void => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = order[order.indexOf(indicatorId) + step];
    if (next === undefined) return;
    onSelect(next);
    document.getElementById(`draft-${next}`)?.focus();
  };
  return (
    <nav className="draft-list" aria-label={t('import.listLabel')}>
      {sections.map((section) => (
        <section key={section.group?.id ?? 'none'} className="draft-group">
          <h2>{section.group?.name ?? t('group.none')}</h2>
          <ul>
            {section.rows.map(({ indicator, depth }) => {
              const target = targetOf(indicator.id);
              const changed = unsaved(indicator.id);
              const selected = indicator.id === selectedId;
              return (
                <li key={indicator.id} className={depth === 1 ? 'draft-component' : undefined}>
                  <button
                    type="button"
                    id={`draft-${indicator.id}`}
                    className={selected ? 'draft-row selected' : 'draft-row'}
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => onSelect(indicator.id)}
                    onKeyDown={(event) => move(event, indicator.id)}
                  >
                    <span className="draft-name">{indicatorLabel(indicator.code, indicator.name)}</span>
                    <span className={`draft-target draft-target-${target.state}`}>
                      {target.text === '' ? t('import.preview.none') : target.text}
                      {target.state === 'unparsed' ? ` · ${t('import.preview.unparsed')}` : ''}
                    </span>
                    {changed ? <span className="draft-unsaved">{t('import.unsaved')}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
