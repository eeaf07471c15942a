/**
 * The entry tab of a consultation (`?tab=entry`, for those who enter comments): a comment from a
 * meeting or a paper form, a sheet of comments imported, and the tallies by locality.
 */
import type { ConsultationDetail } from '../../api/consultations.ts';
import { CommentImportForm } from './comment-import-form.tsx';
import { OfflineCommentForm } from './offline-comment-form.tsx';
import { TalliesPanel } from './tallies-panel.tsx';

/** The three entry panels. */
export function EntryTab({ detail }: { detail: ConsultationDetail }) {
  return (
    <div className="consultation-entry">
      <OfflineCommentForm detail={detail} />
      <CommentImportForm consultationId={detail.consultation.id} />
      <TalliesPanel detail={detail} />
    </div>
  );
}
