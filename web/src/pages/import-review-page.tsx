/**
 * The import review (`/framework/review?term=ID`): the secretariat checks a term's draft
 * indicators, as the reader extracted them from the resolution, against their source lines;
 * corrects name, unit, target (with a live preview of how it is understood), direction, group
 * and lead unit; saves row by row; and publishes the framework after a confirmation.
 */
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Result from 'antd/es/result';
import Select from 'antd/es/select';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { readFramework } from '../api/endpoints.ts';
import { publishFramework } from '../api/framework.ts';
import { useDirectory } from '../api/queries.ts';
import type { Framework, Indicator } from '../api/types.ts';
import { Link } from '../app/link.tsx';
import { indicatorsHref } from '../app/links.ts';
import { href, navigate, useLocation } from '../app/router.ts';
import { sortTerms } from '../app/term-period.ts';
import { DraftEditor } from '../components/framework/draft-editor.tsx';
import { DraftList } from '../components/framework/draft-list.tsx';
import { EmptyState, ErrorState, Loading } from '../components/page-state.tsx';
import { currentValues, isUnsaved, reviewSections, unitsWithin } from '../framework/review-rows.ts';
import type { RowEdits } from '../framework/review-rows.ts';
import { previewTarget } from '../framework/target-preview.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../framework/framework.css';

const frameworkKey = (termId: string | null) => ['framework', termId] as const;

/** Asks the browser to confirm leaving the page while edits are not saved. */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

interface ReviewProps {
  framework: Framework;
  onPublished: (count: number) => void;
}

/** The list, the editor and the publish step of one term's drafts. */
function Review({ framework, onPublished }: ReviewProps) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const directory = useDirectory();
  const termId = framework.term.id;
  const [edits, setEdits] = useState<ReadonlyMap<string, RowEdits>>(new Map());
  const sections = useMemo(() => reviewSections(framework.indicators, framework.groups), [framework]);
  const drafts = sections.flatMap((section) => section.rows.map((row) => row.indicator));
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = drafts.find((indicator) => indicator.id === chosen) ?? drafts[0] ?? null;
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<unknown>(null);
  const units = useMemo(() => unitsWithin(directory.data?.organisations ?? [], framework.term.organisationId), [directory.data, framework.term.organisationId]);
  const unsavedIds = drafts.filter((indicator) => isUnsaved(indicator, edits.get(indicator.id))).map((indicator) => indicator.id);
  useLeaveWarning(unsavedIds.length > 0);

  const edit = (indicatorId: string, next: RowEdits | undefined): void => {
    setEdits((current) => {
      const copy = new Map(current);
      if (next === undefined) copy.delete(indicatorId);
      else copy.set(indicatorId, next);
      return copy;
    });
  };
  const saved = (indicator: Indicator): void => {
    queryClient.setQueryData<Framework>(frameworkKey(termId), (old) => (old === undefined ? old : { ...old, indicators: old.indicators.map((i) => (i.id === indicator.id ? indicator : i)) }));
    edit(indicator.id, undefined);
  };
  const targetOf = (indicatorId: string): { text: string; state: ReturnType<typeof previewTarget>['state'] } => {
    const indicator = drafts.find((candidate) => candidate.id === indicatorId);
    if (indicator === undefined) return { text: '', state: 'none' };
    const values = currentValues(indicator, edits.get(indicatorId));
    const unit = values.unit.trim() === '' ? null : values.unit.trim();
    return { text: values.targetText.trim(), state: previewTarget(values.targetText, { name: values.name, unit, termEndYear: framework.term.endYear }, lang).state };
  };
  const publish = async (): Promise<void> => {
    setPublishing(true);
    setPublishError(null);
    try {
      const result = await publishFramework(termId);
      setConfirming(false);
      setEdits(new Map());
      onPublished(result.published);
      void queryClient.invalidateQueries({ queryKey: ['framework'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    } catch (error) {
      setPublishError(error);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <div className="review-bar">
        <p className="muted" role="status">
          {t('import.count', { count: drafts.length })}
          {unsavedIds.length === 0 ? '' : ` · ${t('import.unsavedCount', { count: unsavedIds.length })}`}
        </p>
        <Button type="primary" onClick={() => setConfirming(true)}>
          {t('import.publish')}
        </Button>
      </div>
      <div className="review-layout">
        <DraftList
          sections={sections}
          selectedId={selected?.id ?? null}
          onSelect={setChosen}
          unsaved={(indicatorId) => unsavedIds.includes(indicatorId)}
          targetOf={targetOf}
        />
        {selected === null ? null : (
          <DraftEditor
            key={selected.id}
            indicator={selected}
            edits={edits.get(selected.id)}
            termEndYear={framework.term.endYear}
            groups={framework.groups}
            units={units}
            onChange={(next) => edit(selected.id, next)}
            onSaved={saved}
            onReload={() => void queryClient.invalidateQueries({ queryKey: frameworkKey(termId) })}
          />
        )}
      </div>
      <Modal
        open={confirming}
        title={t('import.publishTitle', { count: drafts.length })}
        okText={t('import.publishConfirm')}
        cancelText={t('review.cancel')}
        confirmLoading={publishing}
        onOk={() => void publish()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('import.publishText')}</p>
        {unsavedIds.length === 0 ? null : <p className="field-error">{t('import.publishUnsaved', { count: unsavedIds.length })}</p>}
        {publishError === null ? null : <ErrorState error={publishError} />}
      </Modal>
    </>
  );
}

/** What the page shows for a term without drafts: published just now, published before, or nothing imported yet. */
function NoDrafts({ framework, published }: { framework: Framework; published: number | null }) {
  const { t } = useI18n();
  const scope = { termId: framework.term.id, periodId: null };
  if (published !== null) {
    return (
      <Result
        status="success"
        title={t('import.published', { count: published })}
        extra={<Link to={indicatorsHref(scope)}>{t('import.toIndicators')}</Link>}
      />
    );
  }
  if (framework.indicators.some((indicator) => indicator.status === 'published')) {
    return (
      <div className="page-state">
        <EmptyState text={t('import.alreadyPublished')} />
        <Link to={indicatorsHref(scope)}>{t('import.toIndicators')}</Link>
      </div>
    );
  }
  return (
    <div className="page-state">
      <EmptyState text={t('import.none')} />
      <Link to={href('/documents', { term: framework.term.id })}>{t('import.toDocuments')}</Link>
    </div>
  );
}

/** The import review page. */
export default function ImportReviewPage() {
  const { t } = useI18n();
  const { params } = useLocation();
  const directory = useDirectory();
  const terms = sortTerms(directory.data?.terms ?? []);
  const termId = params.get('term') ?? terms[0]?.id ?? null;
  const framework = useQuery({ queryKey: frameworkKey(termId), queryFn: () => readFramework(termId ?? ''), enabled: termId !== null });
  const [published, setPublished] = useState<{ termId: string; count: number } | null>(null);

  let body;
  if (directory.isError) body = <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />;
  else if (directory.isPending) body = <Loading />;
  else if (termId === null) body = <EmptyState text={t('term.none')} />;
  else if (framework.isError) body = <ErrorState error={framework.error} onRetry={() => void framework.refetch()} />;
  else if (framework.data === undefined) body = <Loading />;
  else if (published?.termId === termId || !framework.data.indicators.some((indicator) => indicator.status === 'draft')) {
    body = <NoDrafts framework={framework.data} published={published?.termId === termId ? published.count : null} />;
  } else body = <Review key={termId} framework={framework.data} onPublished={(count) => setPublished({ termId, count })} />;

  return (
    <div className="page import-review">
      <div className="page-head">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="muted">{t('import.intro')}</p>
        </div>
        <label className="field">
          <span>{t('select.term')}</span>
          <Select<string>
            aria-label={t('select.term')}
            className="term-select"
            value={termId ?? undefined}
            options={terms.map((term) => ({ value: term.id, label: t('term.label', { congress: term.congress, start: term.startYear, end: term.endYear }) }))}
            onChange={(next) => navigate(href('/framework/review', { term: next }), { replace: true })}
            popupMatchSelectWidth={false}
          />
        </label>
      </div>
      {body}
    </div>
  );
}

