/**
 * The actions under a target (the whole draft, a section, a target of the list): "Góp ý",
 * which opens the comment form right there, and "Xem ý kiến (n)", which shows the target's
 * published comments. While the consultation takes no comments only the reading remains.
 */
import { useState } from 'react';
import type { CommentTargetRef } from '../../api/public-consultation.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { publishedCount } from './draft-model.ts';
import { PublicCommentForm } from './public-comment-form.tsx';
import { PublicCommentList } from './public-comment-list.tsx';
import { usePublicPage } from './public-page-context.tsx';

/** A target of comments: its key ("section:ID"), what the form sends, and its name for people. */
export interface TargetInfo {
  key: string;
  ref: CommentTargetRef;
  /** "Mục I. Tình hình…", "Toàn văn dự thảo". */
  name: string;
}

export function TargetPanel({ target }: { target: TargetInfo }) {
  const { t } = useI18n();
  const page = usePublicPage();
  const [showing, setShowing] = useState(false);
  const count = publishedCount(page.consultation.publishedByTarget, target.key);
  const formOpen = page.open && page.formTarget === target.key;
  const domId = `pc-${target.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <div className="pc-target">
      <div className="pc-actions">
        {page.open ? (
          <button
            type="button"
            className="pc-button primary"
            aria-label={t('pub.commentOn', { target: target.name })}
            aria-expanded={formOpen}
            aria-controls={`${domId}-form`}
            onClick={() => page.setFormTarget(formOpen ? null : target.key)}
          >
            {t('pub.comment')}
          </button>
        ) : null}
        {count > 0 ? (
          <button
            type="button"
            className="pc-button link"
            aria-expanded={showing}
            aria-controls={`${domId}-comments`}
            onClick={() => setShowing((now) => !now)}
          >
            {t(showing ? 'pub.hideComments' : 'pub.showComments', { count: formatNumber(count, 0) })}
          </button>
        ) : (
          <span className="pc-muted">{t('pub.noComments')}</span>
        )}
      </div>
      <div id={`${domId}-form`} hidden={!formOpen}>
        {formOpen ? <PublicCommentForm target={target} onClose={() => page.setFormTarget(null)} /> : null}
      </div>
      <div id={`${domId}-comments`} hidden={!showing}>
        {showing ? <PublicCommentList target={target} /> : null}
      </div>
    </div>
  );
}
