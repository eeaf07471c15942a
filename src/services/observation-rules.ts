/** The state rules of a figure that hold for everyone: a closed period, an approved (locked) figure, a draft framework. */
import type { Indicator, Observation, Period } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { listIndicators, type Executor } from '../store/index.ts';

/** A closed period takes no entries, edits or submissions. */
export function requireOpen(period: Period): void {
  if (period.state !== 'open') {
    throw new ResoluteError('period_closed', `The period ${period.label} is closed`, { period: period.label, periodId: period.id });
  }
}

/** Approved figures are locked for everyone; submitted ones wait for review. */
export function requireChangeable(observation: Observation): void {
  if (observation.state === 'approved') {
    throw new ResoluteError('locked', `Observation ${observation.id} is approved and locked`, { id: observation.id });
  }
  if (observation.state === 'submitted') {
    throw new ResoluteError('invalid_state', `Observation ${observation.id} is submitted and waits for review`, { detail: 'submitted, waiting for review', detail_vi: 'số liệu đã gửi duyệt, đang chờ xem xét', id: observation.id });
  }
}

/** Figures are collected against a published framework, on indicators without components. */
export async function requireCollectable(db: Executor, indicator: Indicator): Promise<void> {
  if (indicator.status !== 'published') {
    throw new ResoluteError('invalid_state', `Indicator ${indicator.id} is not published`, { detail: 'the indicator is not published yet', detail_vi: 'chỉ tiêu chưa được công bố', id: indicator.id });
  }
  if ((await listIndicators(db, { parentId: indicator.id })).length > 0) {
    throw new ResoluteError('invalid_state', `Indicator ${indicator.id} has components`, { detail: 'enter the figures of its components', detail_vi: 'hãy nhập số liệu của các chỉ tiêu thành phần', id: indicator.id });
  }
}

/** Only a submitted figure can be approved or returned. */
export function requireSubmitted(observation: Observation): void {
  if (observation.state === 'approved') {
    throw new ResoluteError('locked', `Observation ${observation.id} is approved and locked`, { id: observation.id });
  }
  if (observation.state !== 'submitted') {
    throw new ResoluteError('invalid_state', `Observation ${observation.id} is ${observation.state}, not submitted`, { detail: `${observation.state}, not submitted`, detail_vi: `số liệu đang ở trạng thái ${observation.state}, chưa gửi duyệt`, id: observation.id });
  }
}
