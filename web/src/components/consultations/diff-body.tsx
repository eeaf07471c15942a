/**
 * The version diff once read: the two versions, the counts (Bổ sung, Lược bỏ, Sửa đổi, Giữ
 * nguyên), a legend, and section by section the change with its word diff (diff-text.tsx),
 * the comments the old section received and the Tiếp thu dispositions naming the new one, each
 * a link to the disposition tab; unchanged sections collapsed. No data fetching and no style
 * sheet, so its test renders it.
 */
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { SECTION_CHANGE_WORD } from '../../../../src/domain/vocabulary/index.ts';
import { changeCounts, changeHeading, dispositionHref, formerHeading } from './diff-model.ts';
import type { ChangeKind, SectionChange, VersionDiff } from './diff-model.ts';
import { DiffText } from './diff-text.tsx';
import { subjectKey } from './disposition-model.ts';
import { Disclosure } from './synthesis-disclosure.tsx';
import { countText } from './synthesis-model.ts';

/** The tag colours of the change kinds: solid, dark enough for white text. */
const CHANGE_COLOR = { added: '#237804', removed: '#a8071a', changed: '#0958d9', unchanged: '#595959' } as const satisfies Record<ChangeKind, string>;

/** The old section's comments and the dispositions that changed the new one. */
function ChangeFacts({ consultationId, change }: { consultationId: string; change: SectionChange }) {
  const { t } = useI18n();
  return (
    <>
      {change.before === null ? null : (
        <p className="diff-comments" data-comments={change.comments}>
          {change.comments === 0 ? t('diff.comments.none') : t('diff.comments', { count: countText(change.comments) })}
        </p>
      )}
      {change.dispositions.length === 0 ? null : (
        <div className="diff-dispositions">
          <p className="diff-dispositions-title">{t('diff.dispositions', { count: countText(change.dispositions.length) })}</p>
          <ul>
            {change.dispositions.map((item) => (
              <li key={subjectKey(item.subject)} data-subject={subjectKey(item.subject)}>
                <Link to={dispositionHref(consultationId, item.subject)} className="review-text">{item.text}</Link>
                {item.note.trim() === '' ? null : <p className="review-text muted">{item.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** A changed, added or removed section, shown open. */
function ChangedSection({ consultationId, change }: { consultationId: string; change: SectionChange }) {
  const { t } = useI18n();
  const former = formerHeading(change);
  return (
    <section className={`diff-section diff-section-${change.change}`} data-change={change.change} data-section={change.after?.id ?? change.before?.id}>
      <h3 className="diff-section-heading">
        <Tag color={CHANGE_COLOR[change.change]}>{SECTION_CHANGE_WORD[change.change]}</Tag>
        <span>{changeHeading(change)}</span>
      </h3>
      {former === null ? null : <p className="muted">{t('diff.retitled', { heading: former })}</p>}
      <DiffText pieces={change.pieces} />
      <ChangeFacts consultationId={consultationId} change={change} />
    </section>
  );
}

/** An unchanged section, collapsed; its summary says how many comments and Tiếp thu it has. */
function UnchangedSection({ consultationId, change }: { consultationId: string; change: SectionChange }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="diff-section diff-section-unchanged" data-change="unchanged" data-section={change.after?.id ?? change.before?.id}>
      <Disclosure
        level={3}
        open={open}
        onToggle={() => setOpen(!open)}
        title={changeHeading(change)}
        extra={(
          <>
            {change.comments > 0 ? <span className="diff-summary-count">{t('diff.summary.comments', { count: countText(change.comments) })}</span> : null}
            {change.dispositions.length > 0 ? <span className="diff-summary-count">{t('diff.summary.dispositions', { count: countText(change.dispositions.length) })}</span> : null}
            <Tag color={CHANGE_COLOR.unchanged}>{SECTION_CHANGE_WORD.unchanged}</Tag>
          </>
        )}
      >
        <DiffText pieces={change.pieces} />
        <ChangeFacts consultationId={consultationId} change={change} />
      </Disclosure>
    </div>
  );
}

/** The versions compared, the counts, the legend and every section. */
export function DiffBody({ consultationId, diff }: { consultationId: string; diff: VersionDiff }) {
  const { t } = useI18n();
  return (
    <>
      <dl className="diff-versions">
        <dt>{t('diff.before')}</dt>
        <dd>{diff.before.title}</dd>
        <dt>{t('diff.after')}</dt>
        <dd>{diff.after.title}</dd>
      </dl>
      <ul className="synthesis-tiles diff-counts" aria-label={t('diff.counts')} data-testid="diff-counts">
        {changeCounts(diff.counts).map((item) => (
          <li key={item.kind} className={`synthesis-tile diff-count-${item.kind}`} data-kind={item.kind} data-count={item.count}>
            <span className="synthesis-tile-value">{countText(item.count)}</span>
            <span className="synthesis-tile-word">{item.word}</span>
          </li>
        ))}
      </ul>
      <p className="diff-legend">
        {t('diff.legend.before')}
        {' '}
        <ins className="diff-ins">{t('diff.legend.insert')}</ins>
        {', '}
        <del className="diff-del">{t('diff.legend.delete')}</del>
        {'. '}
        {t('diff.legend.after')}
      </p>
      {diff.changes.length === 0 ? <p className="muted">{t('diff.none')}</p> : (
        <div className="diff-sections">
          {diff.changes.map((change, index) => {
            const key = `${change.before?.id ?? ''}>${change.after?.id ?? ''}#${index}`;
            return change.change === 'unchanged'
              ? <UnchangedSection key={key} consultationId={consultationId} change={change} />
              : <ChangedSection key={key} consultationId={consultationId} change={change} />;
          })}
        </div>
      )}
    </>
  );
}
