/** Shared setups for the consultation contract cases: a draft document, a consultation, and comments to insert. */
import type { Consultation } from '../../domain/consultation/consultation.ts';
import type { CommentTarget } from '../../domain/consultation/types.ts';
import type { NewStoredComment } from '../consultation-comment-row.ts';
import { createConsultation } from '../consultation.repository.ts';
import type { Executor } from '../database.ts';
import { createDocument } from '../document.repository.ts';
import type { StoredDocument } from '../../domain/entities.ts';
import type { Framework } from './fixtures.ts';
import { seedFramework, T0 } from './fixtures.ts';

export interface ConsultationSeed extends Framework {
  draft: StoredDocument;
  revised: StoredDocument;
  consultation: Consultation;
}

async function draftDocument(db: Executor, organisationId: string, termId: string, sha: string, title: string): Promise<StoredDocument> {
  return createDocument(db, T0, {
    organisationId, termId, originalName: 'du-thao.txt', format: 'txt', sha256: sha.repeat(64), size: 100,
    meta: { title, kind: 'report', issuer: 'TỈNH UỶ LAI CHÂU', number: null, date: null, place: null, term: { start: 2025, end: 2030 } },
    lines: [{ text: 'I- PHƯƠNG HƯỚNG', line: 1, endLine: 1 }], sections: [{ label: 'I-', title: 'PHƯƠNG HƯỚNG', level: 1, line: 1, endLine: 1 }],
    footnotes: [], warnings: [],
  });
}

/** The province's framework, a draft and its revision, and a consultation on the draft. */
export async function seedConsultation(db: Executor): Promise<ConsultationSeed> {
  const f = await seedFramework(db);
  const draft = await draftDocument(db, f.province.id, f.term.id, 'a', 'Dự thảo Báo cáo chính trị');
  const revised = await draftDocument(db, f.province.id, f.term.id, 'b', 'Dự thảo Báo cáo chính trị (lần 2)');
  const consultation = await createConsultation(db, T0, {
    organisationId: f.province.id, documentId: draft.id, slug: 'du-thao-bao-cao-chinh-tri', title: 'Lấy ý kiến Dự thảo Báo cáo chính trị',
    opensAt: '2026-03-01T07:00:00+07:00', closesAt: '2026-04-01T00:00:00.000Z', verification: 'email', duplicateThreshold: 0.85,
  });
  return { ...f, draft, revised, consultation };
}

const TARGETS: CommentTarget[] = [
  { kind: 'draft' },
  { kind: 'section', sectionId: 's12', path: ['Phần thứ nhất', 'I', '2'] },
  { kind: 'indicator', indicatorId: 'ind-grdp' },
];

/** The i-th test comment: targets, channels, stances and states cycle; every 4th has contact and a fingerprint. */
export function sampleComment(consultationId: string, i: number, overrides: Partial<NewStoredComment> = {}): NewStoredComment {
  const withContact = i % 4 === 0;
  const fingerprint = withContact ? Uint8Array.from({ length: 40 }, (_, k) => (i * 7 + k * 31) % 256) : null;
  return {
    id: `${consultationId}-c${i}`, consultationId, position: i, target: TARGETS[i % 3] ?? { kind: 'draft' },
    stance: i % 5 === 1 ? 'disagree' : 'agree', text: i % 10 === 9 ? '' : `Ý kiến số ${i}: cần làm rõ chỉ tiêu tăng trưởng`,
    reason: i % 5 === 1 ? 'Chưa sát thực tế' : null, respondentType: i % 2 === 0 ? 'citizen' : 'party_member',
    localityId: i % 6 === 0 ? null : `loc-${i % 3}`, organisation: i % 7 === 0 ? 'Công ty CP Chè Tam Đường' : null,
    channel: i % 3 === 2 ? 'meeting' : 'online', submittedAt: `2026-03-02T0${i % 10}:00:00.000Z`, duplicateGroupId: `g${i % 5}`,
    contact: withContact ? { name: 'Nguyễn Văn An', email: `an${i}@example.vn`, phone: '0912345678' } : { name: null, email: null, phone: null },
    emailVerified: withContact && i % 8 === 0,
    moderation: i % 11 === 3 ? { state: 'hidden', reason: 'off_topic', note: 'Không liên quan' } : i % 13 === 5 ? { state: 'spam' } : { state: 'published' },
    spamSignal: i % 13 === 5 ? 'too_fast' : null, duplicateMatch: i % 5 === i ? 'none' : 'exact', enteredBy: i % 3 === 2 ? 'u-sec' : null,
    clientRef: i % 2 === 0 ? `ref-${i}` : null, duplicateRecord: { exactKey: i % 10 === 9 ? null : (i % 5).toString(16).padStart(16, '0'), syllables: 9, fingerprint },
    ...overrides,
  };
}
