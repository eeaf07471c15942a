/**
 * The live preview of a target beside the import review's target field: whether the text
 * was understood, its form (range, at least, …), its meaning in words, the direction and unit
 * saving will store, or a hint when it was not understood. Plain elements, so it renders the
 * same in the browser and in its tests (react-dom/server).
 */
import type { TargetPreview } from '../../framework/target-preview.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The preview panel of one target. */
export function TargetPreviewPanel({ preview, id }: { preview: TargetPreview; id?: string }) {
  const { t, lang } = useI18n();
  const understood = preview.state === 'understood' || preview.state === 'qualitative';
  return (
    <div id={id} className={`target-preview target-preview-${preview.state}`} role="status" aria-live="polite" data-testid="target-preview">
      <p className="target-preview-head">
        <span className="target-preview-badge">{t(`import.preview.${preview.state}`)}</span>
        {preview.kind !== null && preview.state === 'understood' ? <span className="muted">{t(`import.kind.${preview.kind}`)}</span> : null}
      </p>
      {preview.meaning === null || !understood ? null : (
        <p className="target-preview-meaning" lang={lang} data-testid="target-meaning">
          {preview.meaning}
        </p>
      )}
      {preview.state !== 'understood' ? null : (
        <p className="muted target-preview-facts">
          {t('indicator.direction')}: {t(`direction.${preview.direction}`)}
          {preview.unit === null ? '' : ` · ${t('col.unit')}: ${preview.unit}`}
        </p>
      )}
      {preview.state === 'unparsed' ? <p className="muted">{t('import.preview.unparsedHelp')}</p> : null}
    </div>
  );
}
