import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dispositionBody, domId, draftOf, draftProblem, groupSubjects, noteRequired, revisedSectionText, subjectKey } from './disposition-model.ts';
import type { DispositionRecord, DispositionSubject } from './disposition-model.ts';

const SECTION_I = { kind: 'section', sectionId: 's1', label: 'I', title: 'Thuận lợi', level: 1 } as const;
const record = (kind: DispositionRecord['kind'], note = '', changedSectionId: string | null = null, version = 3): DispositionRecord => ({
  kind, note, changedSectionId, decidedBy: 'u1', decidedAt: '2026-12-21T02:00:00.000Z', version,
});
const subject = (id: string, unit: DispositionSubject['unit'], disposition: DispositionRecord | null = null, kind: 'comment' | 'cluster' = 'cluster'): DispositionSubject => ({
  unit, subject: { kind, id }, size: kind === 'cluster' ? 4 : 1, text: `Ý kiến ${id}`, stance: kind === 'cluster' ? null : 'disagree', disposition,
});

describe('the disposition board', () => {
  const pending = subject('k1', { kind: 'draft' });
  const explained = subject('c1', { kind: 'draft' }, record('explained', 'Đã có trong Phần II'), 'comment');
  const board = [
    pending,
    subject('k2', SECTION_I, record('accepted')),
    explained,
    subject('c2', SECTION_I, null, 'comment'),
    subject('c3', { kind: 'indicator', indicatorId: 'i1', code: null, name: 'GRDP' }, record('not_accepted', 'Không phù hợp'), 'comment'),
  ];

  test('subjects grouped by unit, units in order of first appearance, subjects in the server\'s order', () => {
    assert.deepEqual(groupSubjects(board, false).map((group) => [group.key, group.subjects.map((s) => s.subject.id)]), [
      ['draft', ['k1', 'c1']], ['section:s1', ['k2', 'c2']], ['indicator:i1', ['c3']],
    ]);
  });

  test('"pending only" keeps the subjects without a disposition and drops the groups left empty', () => {
    assert.deepEqual(groupSubjects(board, true).map((group) => [group.key, group.subjects.map((s) => s.subject.id)]), [
      ['draft', ['k1']], ['section:s1', ['c2']],
    ]);
  });

  test('keys and element ids of subjects', () => {
    assert.equal(subjectKey({ kind: 'cluster', id: 'k1' }), 'cluster:k1');
    assert.equal(domId('section:a b/c'), 'section_a_b_c');
  });

  test('the editor starts from the current disposition, or with nothing chosen', () => {
    assert.deepEqual(draftOf(pending), { kind: null, note: '', changedSectionId: null });
    assert.deepEqual(draftOf(explained), { kind: 'explained', note: 'Đã có trong Phần II', changedSectionId: null });
  });

  test('Giải trình and Không tiếp thu need a note, said before sending; Tiếp thu does not', () => {
    assert.equal(draftProblem(pending, { kind: null, note: '', changedSectionId: null }), 'kind_required');
    assert.equal(draftProblem(pending, { kind: 'explained', note: '   ', changedSectionId: null }), 'note_required');
    assert.equal(draftProblem(pending, { kind: 'not_accepted', note: '', changedSectionId: null }), 'note_required');
    assert.equal(draftProblem(pending, { kind: 'accepted', note: '', changedSectionId: null }), null);
    assert.equal(draftProblem(pending, { kind: 'explained', note: 'Vì …', changedSectionId: null }), null);
    assert.deepEqual([noteRequired('accepted'), noteRequired('explained'), noteRequired('not_accepted'), noteRequired(null)], [false, true, true, false]);
  });

  test('nothing to send when the draft says what is stored (trailing spaces and a section left over from Tiếp thu do not count)', () => {
    assert.equal(draftProblem(explained, { kind: 'explained', note: 'Đã có trong Phần II  ', changedSectionId: 'n1' }), 'unchanged');
    assert.equal(draftProblem(explained, { kind: 'explained', note: 'Đã có trong Phần III', changedSectionId: null }), null);
    const accepted = subject('k9', SECTION_I, record('accepted', '', 'n1'));
    assert.equal(draftProblem(accepted, { kind: 'accepted', note: '', changedSectionId: 'n1' }), 'unchanged');
    assert.equal(draftProblem(accepted, { kind: 'accepted', note: '', changedSectionId: 'n2' }), null);
  });

  test('the PUT body: the subject as the server names it, the note trimmed, the section only for Tiếp thu, the version read', () => {
    assert.deepEqual(dispositionBody(pending, { kind: 'accepted', note: ' Đã bổ sung. ', changedSectionId: 'n4' }), {
      subject: { kind: 'cluster', clusterId: 'k1' }, kind: 'accepted', note: 'Đã bổ sung.', changedSectionId: 'n4', version: null,
    });
    assert.deepEqual(dispositionBody(explained, { kind: 'not_accepted', note: 'Không phù hợp', changedSectionId: 'n4' }), {
      subject: { kind: 'comment', commentId: 'c1' }, kind: 'not_accepted', note: 'Không phù hợp', changedSectionId: null, version: 3,
    });
  });

  test('sections of the next version as the select lists them', () => {
    assert.equal(revisedSectionText({ label: 'II', title: 'Nhiệm vụ' }), 'II. Nhiệm vụ');
    assert.equal(revisedSectionText({ label: 'Phần thứ nhất.', title: 'Đánh giá' }), 'Phần thứ nhất. Đánh giá');
    assert.equal(revisedSectionText({ label: '', title: 'Mở đầu' }), 'Mở đầu');
    assert.equal(revisedSectionText({ label: '3', title: '' }), '3');
  });
});
