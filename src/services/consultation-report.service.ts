/**
 * The consultation's two official reports, from its synthesis: the "báo cáo tổng hợp ý kiến"
 * and the "báo cáo tiếp thu, giải trình" (src/reports builds and writes them), in XLSX, DOCX,
 * PDF, CSV, their data as JSON, or their layout for the web preview (consultation.read).
 */
import { z } from 'zod';
import { ResoluteError } from '../domain/errors.ts';
import {
  CONTENT_TYPES, dispositionDocument, renderConsultationDisposition, renderConsultationSynthesis, synthesisDocument, type DispositionReportData,
  type DispositionRow, type RenderedReport, type SynthesisReportData,
} from '../reports/index.ts';
import { getOrganisation, listDispositions } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { loadDraft } from './consultation-draft.ts';
import { boardOf } from './consultation-disposition.service.ts';
import { currentSynthesis, reportInfo, type Synthesis } from './consultation-synthesis.service.ts';
import { loadConsultation } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { vietnamDate } from './due-date.ts';
import { parseInput } from './parse-input.ts';
import { reportHeader } from './report-header.ts';
import { Id } from './schema-common.ts';

export const CONSULTATION_REPORTS = ['synthesis', 'disposition'] as const;
export const ConsultationReportInput = z.strictObject({
  consultationId: Id,
  report: z.enum(CONSULTATION_REPORTS),
  format: z.enum(['xlsx', 'docx', 'pdf', 'csv', 'json', 'layout']).default('docx'),
});

async function headerFor(deps: ServiceDeps, organisationId: string) {
  const organisation = await getOrganisation(deps.db, organisationId);
  if (organisation === null) throw new ResoluteError('record_not_found', `No organisation ${organisationId}`, { entity: 'organisation', id: organisationId });
  const parent = organisation.parentId === null ? null : await getOrganisation(deps.db, organisation.parentId);
  return { organisation, header: reportHeader(organisation, parent, vietnamDate(deps.clock())) };
}

/** The synthesis report's data from a synthesis. */
export function synthesisReport(synthesis: Synthesis, header: SynthesisReportData['header'], organisationName: string, now: Date): SynthesisReportData {
  return {
    header, consultation: reportInfo(synthesis.consultation, synthesis.draft, organisationName, now), overall: synthesis.overall,
    campaigns: synthesis.campaigns, duplicateGroups: synthesis.duplicateGroups,
    units: synthesis.units.map((u) => ({
      unit: u.unit, counts: u.counts, unclustered: u.unclustered,
      mainPoints: u.mainPoints.map((p) => ({ clusterId: p.clusterId, size: p.size, byStance: p.byStance, representativeText: p.representativeText, representativeReason: p.representativeReason })),
    })),
    localities: synthesis.localities, unplaced: synthesis.unplaced,
  };
}

/** The report data of a consultation (consultation.read). */
export async function consultationReportData(deps: ServiceDeps, actor: Actor, input: { consultationId: string; report: 'synthesis' | 'disposition' }): Promise<SynthesisReportData | DispositionReportData> {
  const { consultation, scope } = await loadConsultation(deps.db, input.consultationId);
  assertCan(actor, 'consultation.read', scope);
  const now = deps.clock();
  const synthesis = await currentSynthesis(deps.db, consultation, now);
  const { organisation, header } = await headerFor(deps, consultation.organisationId);
  if (input.report === 'synthesis') return synthesisReport(synthesis, header, organisation.name, now);
  const board = boardOf(synthesis, await listDispositions(deps.db, consultation.id));
  const revised = consultation.revisedDocumentId === null ? null : await loadDraft(deps.db, consultation.revisedDocumentId);
  const sections = new Map((revised?.sections ?? []).map((s) => [s.id, { label: s.label, title: s.title }]));
  const rows: DispositionRow[] = board.flatMap((s) => (s.disposition === null ? [] : [{
    unit: s.unit, subject: s.subject, size: s.size, text: s.text, kind: s.disposition.kind, note: s.disposition.note,
    changedSection: s.disposition.changedSectionId === null ? null : (sections.get(s.disposition.changedSectionId) ?? null),
  }]));
  return {
    header, consultation: reportInfo(consultation, synthesis.draft, organisation.name, now), revisedDraftTitle: revised?.title ?? null, rows,
    pending: board.length - rows.length,
  };
}

/** A consultation report in a format: bytes, content type and an ASCII file name. */
export async function renderConsultationReport(deps: ServiceDeps, actor: Actor, input: z.input<typeof ConsultationReportInput>): Promise<RenderedReport> {
  const args = parseInput(ConsultationReportInput, input);
  const data = await consultationReportData(deps, actor, args);
  const synthesis = args.report === 'synthesis';
  if (args.format === 'layout') {
    const document = synthesis ? synthesisDocument(data as SynthesisReportData) : dispositionDocument(data as DispositionReportData);
    return { fileName: `${document.fileStem}.layout.json`, contentType: CONTENT_TYPES.json, body: Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8') };
  }
  return synthesis ? renderConsultationSynthesis(data as SynthesisReportData, args.format) : renderConsultationDisposition(data as DispositionReportData, args.format);
}
