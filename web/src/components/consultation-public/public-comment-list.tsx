/** The published comments of one target, newest first, a page at a time ("Xem thêm"). */
import { usePublicComments } from '../../api/public-consultation.ts';
import { errorText } from '../../app/error-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PublicCommentItem } from './public-comment-item.tsx';
import { usePublicPage } from './public-page-context.tsx';
import type { TargetInfo } from './target-panel.tsx';

export function PublicCommentList({ target }: { target: TargetInfo }) {
  const { t } = useI18n();
  const { slug } = usePublicPage();
  const comments = usePublicComments(slug, target.key, true);
  if (comments.isError && comments.data === undefined) {
    return (
      <div className="pc-message error" role="alert">
        <span>{errorText(comments.error, t)}</span>
        <button type="button" className="pc-button" onClick={() => void comments.refetch()}>{t('pub.form.retry')}</button>
      </div>
    );
  }
  if (comments.data === undefined) return <p className="pc-muted" role="status">{t('state.loading')}</p>;
  const items = comments.data.pages.flatMap((page) => page.items);
  return (
    <section className="pc-comments" aria-label={t('pub.commentsOf', { target: target.name })}>
      {items.length === 0 ? <p className="pc-muted">{t('pub.commentsNone')}</p> : (
        <ul className="pc-comment-list">
          {items.map((item) => <PublicCommentItem key={item.id} item={item} />)}
        </ul>
      )}
      {comments.isFetchNextPageError ? <p className="pc-error" role="alert">{errorText(comments.error, t)}</p> : null}
      {comments.hasNextPage ? (
        <button type="button" className="pc-button" disabled={comments.isFetchingNextPage} onClick={() => void comments.fetchNextPage()}>
          {comments.isFetchingNextPage ? t('state.loading') : t('pub.more')}
        </button>
      ) : null}
    </section>
  );
}
