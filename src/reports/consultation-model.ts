/**
 * The plain data of the two consultation reports, assembled by src/services (the synthesis
 * service) from the store and the pure core of src/domain/consultation:
 *
 * - the synthesis ("Báo cáo tổng hợp ý kiến góp ý vào dự thảo …"): per commentable unit (the
 *   whole draft, each section, each target) the counts by stance, respondent type and channel,
 *   the main points (clusters with a representative comment and its size), and for the whole
 *   consultation the bottom-up counts by locality and the campaign count;
 * - the disposition report ("Báo cáo tiếp thu, giải trình ý kiến góp ý …"): each main point or
 *   single comment with what the drafting team did (tiếp thu / giải trình / không tiếp thu), its
 *   note, and the section of the next version it changed.
 *
 * Codes, not words (stances, respondent types, channels, disposition kinds are the domain's
 * codes); dates and instants ISO; counts are numbers. Only published comments are counted and
 * quoted; no contact data ever reaches a report.
 */
import type { IsoDate, IsoTimestamp } from '../domain/entities.ts';
import type { Channel, DispositionKind, RespondentType, Stance } from '../domain/consultation/types.ts';
import type { StanceTally } from '../domain/consultation/locality-rollup.ts';
import type { DocumentHeader } from './model.ts';

/** The consultation the report is about. */
export interface ConsultationReportInfo {
  title: string;
  /** The draft's title as its document gives it ("Dự thảo Báo cáo chính trị …"). */
  draftTitle: string;
  /** The organisation that consults ("Tỉnh Lai Châu"). */
  organisationName: string;
  opensAt: IsoTimestamp;
  closesAt: IsoTimestamp;
  closedAt: IsoTimestamp | null;
  /** The day the report is as of (Vietnam's calendar). */
  asOf: IsoDate;
}

/** Counts of comments. `total` counts each duplicate group once; `comments` counts every comment. */
export interface UnitCounts {
  total: number;
  comments: number;
  byStance: Record<Stance, number>;
  byRespondentType: Record<RespondentType, number>;
  byChannel: Record<Channel, number>;
}

/** A main point: a cluster of similar comments and its representative. */
export interface ReportMainPoint {
  clusterId: string;
  size: number;
  byStance: Record<Stance, number>;
  /** The representative comment's text (and reason, for Không tán thành), as published. */
  representativeText: string;
  representativeReason: string | null;
}

/** What a synthesis row is about: the draft, a section (label and title as the draft writes them), or a target. */
export type ReportUnit =
  | { kind: 'draft' }
  | { kind: 'section'; sectionId: string; label: string; title: string; level: number }
  | { kind: 'indicator'; indicatorId: string; code: string | null; name: string };

export interface SynthesisUnit {
  unit: ReportUnit;
  counts: UnitCounts;
  /** Largest first; at most a handful per unit. */
  mainPoints: ReportMainPoint[];
  /** Comments not in any cluster (said once). */
  unclustered: number;
}

/** One locality's bottom-up count (locality-rollup.ts). */
export interface LocalityRow {
  localityId: string;
  name: string;
  /** 0 for a province, 1 below it, … */
  level: number;
  own: StanceTally;
  total: StanceTally;
}

export interface SynthesisReportData {
  header: DocumentHeader;
  consultation: ConsultationReportInfo;
  /** Every published comment counted, duplicate groups once (`total`) and all (`comments`). */
  overall: UnitCounts;
  /** Comments that were part of identical campaigns (synthesis.ts `campaignCount`). */
  campaigns: { groups: number; comments: number };
  /** Duplicate groups of two or more comments, and the comments in them. */
  duplicateGroups: { groups: number; comments: number };
  /** In document order: the draft first, then sections, then targets; units without comments are left out. */
  units: SynthesisUnit[];
  /** Provinces first, each followed by its localities; plus the comments with no locality. */
  localities: LocalityRow[];
  unplaced: StanceTally;
}

/** One answered subject (a main point or a single comment). */
export interface DispositionRow {
  unit: ReportUnit;
  subject: { kind: 'comment' | 'cluster'; id: string };
  /** Comments it stands for (1 for a single comment). */
  size: number;
  /** The representative or the comment's text. */
  text: string;
  kind: DispositionKind;
  note: string;
  /** The section of the next version it changed (label and title), for Tiếp thu. */
  changedSection: { label: string; title: string } | null;
}

export interface DispositionReportData {
  header: DocumentHeader;
  consultation: ConsultationReportInfo;
  /** The next version's title, when imported. */
  revisedDraftTitle: string | null;
  /** Rows in the order of the units (as in the synthesis), then by size. */
  rows: DispositionRow[];
  /** How many main points and comments have no disposition yet. */
  pending: number;
}
