import assert from 'node:assert/strict';
import { test } from 'node:test';
import { respondentTypeFromWord, stanceFromWord, STANCE_WORD } from '../vocabulary/index.ts';
import { checkModeration, dispositionProblems } from './moderation.ts';
import { isPubliclyVisible, publicComment, targetKey } from './types.ts';
import type { CommentTarget, ConsultationComment } from './types.ts';

test('moderators publish, hide with a reason, mark spam and undo; nothing goes back to new', () => {
  assert.deepEqual(checkModeration({ state: 'new' }, { state: 'published' }), { ok: true });
  assert.deepEqual(checkModeration({ state: 'published' }, { state: 'hidden', reason: 'personal_data', note: null }), { ok: true });
  assert.deepEqual(checkModeration({ state: 'spam' }, { state: 'published' }), { ok: true });
  assert.deepEqual(checkModeration({ state: 'published' }, { state: 'new' }), { ok: false, refusal: 'not_allowed' });
  assert.deepEqual(checkModeration({ state: 'published' }, { state: 'published' }), { ok: false, refusal: 'same_state' });
  assert.deepEqual(checkModeration({ state: 'hidden', reason: 'offensive', note: null }, { state: 'hidden', reason: 'off_topic', note: null }), { ok: true });
  assert.deepEqual(checkModeration({ state: 'hidden', reason: 'offensive', note: null }, { state: 'hidden', reason: 'offensive', note: null }), { ok: false, refusal: 'same_state' });
  assert.equal(isPubliclyVisible({ state: 'published' }), true);
  assert.equal(isPubliclyVisible({ state: 'new' }), false);
});

test('giải trình and không tiếp thu need a note; only tiếp thu names a changed section', () => {
  const subject = { kind: 'comment', commentId: 'c1' } as const;
  assert.deepEqual(dispositionProblems({ subject, kind: 'accepted', note: '', changedSectionId: 's3' }), []);
  assert.deepEqual(dispositionProblems({ subject, kind: 'explained', note: ' ', changedSectionId: null }), ['note_required']);
  assert.deepEqual(dispositionProblems({ subject, kind: 'not_accepted', note: 'Đã có trong mục 3.', changedSectionId: 's3' }), ['changed_section_not_allowed']);
});

test('the public view of a comment has no contact and no moderation detail', () => {
  const comment: ConsultationComment = {
    id: 'c1', consultationId: 'k1', target: { kind: 'indicator', indicatorId: 'i7' }, stance: 'agree', text: 'Đồng ý.', reason: null,
    respondentType: 'citizen', localityId: 'xa-1', organisation: null, channel: 'online', submittedAt: '2025-06-20T03:00:00.000Z', duplicateGroupId: null,
    contact: { name: 'Nguyễn Thị B', email: 'b@example.vn', phone: '0912345678' },
    moderation: { state: 'hidden', reason: 'personal_data', note: 'có số điện thoại' }, disposition: null,
  };
  const shown = JSON.stringify(publicComment(comment));
  for (const secret of ['Nguyễn Thị B', 'b@example.vn', '0912345678', 'personal_data', 'có số điện thoại']) assert.ok(!shown.includes(secret), secret);
  assert.equal(targetKey(comment.target), 'indicator:i7');
  const section: CommentTarget = { kind: 'section', sectionId: 's2', path: ['I'] };
  assert.equal(targetKey(section), 'section:s2');
  assert.equal(targetKey({ kind: 'draft' }), 'draft');
});

test('imported sheets\' stance and respondent words are read', () => {
  assert.equal(stanceFromWord(' Nhất trí. '), 'agree');
  assert.equal(stanceFromWord('KHÔNG ĐỒNG Ý'), 'disagree');
  assert.equal(stanceFromWord('Đồng ý một phần'.normalize('NFD')), 'partly');
  assert.equal(stanceFromWord(STANCE_WORD.disagree), 'disagree');
  assert.equal(stanceFromWord('có lẽ'), null);
  assert.equal(respondentTypeFromWord('Nhân dân'), 'citizen');
  assert.equal(respondentTypeFromWord('Cán bộ, đảng viên'), 'party_member');
  assert.equal(respondentTypeFromWord('hợp tác xã'), null);
});
