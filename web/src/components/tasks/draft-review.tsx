/**
 * A draft plan under review (the secretariat): what it still lacks, the list of its tasks
 * beside the editor of the chosen one, and "Ban hành kế hoạch" after a confirmation. Leaving
 * the page with unsaved edits asks first.
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import { useEffect, useMemo, useState } from 'react';
import { useDirectory } from '../../api/queries.ts';
import { invalidateTasks, planKey, publishPlan } from '../../api/tasks.ts';
import type { PlanTree, Task } from '../../api/tasks.ts';
import { unitsWithin } from '../../framework/review-rows.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorState } from '../page-state.tsx';
import { DraftTaskEditor } from './draft-task-editor.tsx';
import { DraftTaskList } from './draft-task-list.tsx';
import type { TaskEdits } from './task-draft.ts';
import { draftGaps, isEdited } from './task-draft.ts';
import '../../framework/framework.css';

/** Asks the browser to confirm leaving the page while edits are not saved. */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

/** The review of a draft plan; `onPublished` once the server published it. */
export function DraftReview({ tree, onPublished }: { tree: PlanTree; onPublished: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const directory = useDirectory();
  const units = useMemo(() => unitsWithin(directory.data?.organisations ?? [], tree.plan.organisationId), [directory.data, tree.plan.organisationId]);
  const [edits, setEdits] = useState<ReadonlyMap<string, TaskEdits>>(new Map());
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<unknown>(null);
  const selected = tree.tasks.find((task) => task.id === chosen) ?? tree.tasks[0] ?? null;
  const unsaved = tree.tasks.filter((task) => isEdited(task, edits.get(task.id))).length;
  const gaps = draftGaps(tree.tasks);
  const gapText = [
    gaps.unassigned === 0 ? '' : t('draft.gaps.unassigned', { count: gaps.unassigned }),
    gaps.undated === 0 ? '' : t('draft.gaps.undated', { count: gaps.undated }),
  ].filter((text) => text !== '').join(' ');
  useLeaveWarning(unsaved > 0);

  const edit = (taskId: string, next: TaskEdits | undefined): void => {
    setEdits((current) => {
      const copy = new Map(current);
      if (next === undefined) copy.delete(taskId);
      else copy.set(taskId, next);
      return copy;
    });
  };
  const unitName = (id: string | null): string | null => (id === null ? null : (units.find((unit) => unit.id === id)?.name ?? null));
  const saved = (task: Task): void => {
    queryClient.setQueryData<PlanTree>(planKey(tree.plan.id), (old) => old === undefined ? old : {
      ...old,
      tasks: old.tasks.map((view) => view.id !== task.id ? view : {
        ...view, ...task, leadUnitName: unitName(task.leadUnitId), supportingUnitNames: task.supportingUnitIds.map((id) => unitName(id) ?? id),
      }),
    });
    edit(task.id, undefined);
  };
  const publish = async (): Promise<void> => {
    setPublishing(true);
    setPublishError(null);
    try {
      await publishPlan(tree.plan.id, tree.plan.version);
      setConfirming(false);
      setEdits(new Map());
      invalidateTasks(queryClient);
      onPublished();
    } catch (error) {
      setPublishError(error);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <Alert type="info" showIcon title={t('draft.banner')} description={gapText === '' ? undefined : gapText} />
      <div className="review-bar">
        <p className="muted" role="status">{unsaved === 0 ? '' : t('draft.unsavedCount', { count: unsaved })}</p>
        <Button type="primary" onClick={() => setConfirming(true)}>{t('draft.publish')}</Button>
      </div>
      <div className="review-layout">
        <DraftTaskList tasks={tree.tasks} edits={edits} units={units} selectedId={selected?.id ?? null} onSelect={setChosen} />
        {selected === null ? null : (
          <DraftTaskEditor
            key={selected.id}
            task={selected}
            edits={edits.get(selected.id)}
            units={units}
            onChange={(next) => edit(selected.id, next)}
            onSaved={saved}
            onReload={() => void queryClient.invalidateQueries({ queryKey: planKey(tree.plan.id) })}
            onDeleted={() => {
              edit(selected.id, undefined);
              // The next row is chosen; the tree is read again without the task and its sub-tasks.
              const index = tree.tasks.findIndex((task) => task.id === selected.id);
              setChosen(tree.tasks.slice(index + 1).find((task) => task.parentId !== selected.id)?.id ?? null);
              void queryClient.invalidateQueries({ queryKey: planKey(tree.plan.id) });
            }}
            sourceDocumentId={tree.plan.sourceDocumentId}
          />
        )}
      </div>
      <Modal
        open={confirming}
        title={t('draft.publishTitle', { count: tree.tally.total })}
        okText={t('draft.publishConfirm')}
        cancelText={t('review.cancel')}
        confirmLoading={publishing}
        onOk={() => void publish()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('draft.publishText')}</p>
        {gapText === '' ? null : <p>{gapText}</p>}
        {unsaved === 0 ? null : <p className="field-error">{t('draft.publishUnsaved', { count: unsaved })}</p>}
        {publishError === null ? null : <ErrorState error={publishError} />}
      </Modal>
    </>
  );
}
