import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentProblemMessage, validateComment } from './comment-rules.ts';
import type { CommentProblem, CommentSubmission, CommentVerdict } from './comment-rules.ts';

const NOW = new Date('2025-06-20T03:00:00.000Z');
const ISSUED = '2025-06-20T02:55:00.000Z';

function submission(overrides: Partial<CommentSubmission> = {}): CommentSubmission {
  return {
    target: { kind: 'section', sectionId: 's-2', path: ['Phần thứ nhất', 'I'] },
    stance: 'agree',
    text: '',
    reason: null,
    respondentType: 'citizen',
    localityId: 'xa-1',
    organisation: null,
    contact: { name: 'Nguyễn Văn A', email: null, phone: null },
    channel: 'online',
    honeypot: '',
    formIssuedAt: ISSUED,
    ...overrides,
  };
}

const codes = (verdict: CommentVerdict) => (verdict.verdict === 'refuse' ? verdict.problems.map((p) => p.code) : []);

test('Tán thành may come without text; Không tán thành needs a reason; Đồng ý một phần needs text', () => {
  assert.equal(validateComment(submission(), NOW).verdict, 'accept');
  assert.deepEqual(codes(validateComment(submission({ stance: 'disagree', text: 'Không hợp lý.' }), NOW)), ['reason_required']);
  assert.deepEqual(codes(validateComment(submission({ stance: 'disagree', reason: '   \n ' }), NOW)), ['reason_required']);
  assert.equal(validateComment(submission({ stance: 'disagree', reason: 'Mục tiêu 10%/năm quá cao so với thực tế.' }), NOW).verdict, 'accept');
  assert.deepEqual(codes(validateComment(submission({ stance: 'partly', text: ' ' }), NOW)), ['text_required']);
  assert.equal(validateComment(submission({ stance: 'partly', text: 'Đồng ý, nhưng nên giảm xuống 8%.' }), NOW).verdict, 'accept');
  assert.deepEqual(codes(validateComment(submission({ stance: 'agree', reason: 'vì' }), NOW)), ['reason_not_allowed']);
});

test('fields are cleaned: NFC, line breaks, trimmed, empty optional fields null', () => {
  const verdict = validateComment(submission({ stance: 'partly', text: '  Nâng cao\r\nchất lượng  '.normalize('NFD'), organisation: '  ', contact: { name: ' ', email: ' a@b.vn ', phone: null } }), NOW);
  assert.equal(verdict.verdict, 'accept');
  if (verdict.verdict !== 'accept') return;
  assert.equal(verdict.comment.text, 'Nâng cao\nchất lượng');
  assert.equal(verdict.comment.organisation, null);
  assert.deepEqual(verdict.comment.contact, { name: null, email: 'a@b.vn', phone: null });
  assert.equal('honeypot' in verdict.comment, false);
});

test('size limits are in characters, per field, all problems listed', () => {
  const long = 'ạ'.repeat(5001);
  const verdict = validateComment(submission({ stance: 'disagree', text: long, reason: null, contact: { name: 'x'.repeat(201), email: 'khong-hop-le', phone: null } }), NOW);
  assert.deepEqual(codes(verdict), ['reason_required', 'too_long', 'too_long', 'invalid_email']);
  assert.equal(validateComment(submission({ stance: 'partly', text: 'ạ'.repeat(5000) }), NOW).verdict, 'accept');
  if (verdict.verdict !== 'refuse') return;
  const tooLong = verdict.problems[1];
  assert.deepEqual(tooLong?.details, { field: 'text', limit: 5000, length: 5001 });
  assert.equal(commentProblemMessage(tooLong as CommentProblem, 'vi'), 'Nội dung góp ý dài 5001 ký tự, vượt giới hạn 5000 ký tự.');
  assert.equal(commentProblemMessage(tooLong as CommentProblem, 'en'), 'The comment is 5001 characters long; the limit is 5000.');
});

test('script, markup and binary are refused in any text field, with a message saying what to remove', () => {
  const script = validateComment(submission({ stance: 'partly', text: 'Hay <img src=x onerror=alert(1)>' }), NOW);
  assert.deepEqual(codes(script), ['script_content']);
  if (script.verdict === 'refuse') assert.match(commentProblemMessage(script.problems[0] as CommentProblem, 'vi'), /^Nội dung góp ý chứa mã lệnh \(.*onerror=.*\); xin chỉ gửi văn bản thuần\.$/);
  assert.deepEqual(codes(validateComment(submission({ contact: { name: '<b>A</b>', email: null, phone: null } }), NOW)), ['markup']);
  assert.deepEqual(codes(validateComment(submission({ organisation: 'Công ty\u0000' }), NOW)), ['control_characters']);
  const markup = validateComment(submission({ stance: 'partly', text: '<i>nghiêng</i>' }), NOW);
  if (markup.verdict === 'refuse') assert.equal(commentProblemMessage(markup.problems[0] as CommentProblem, 'en'), 'The comment contains HTML tags (<i>); please remove them and send plain text only.');
});

test('a filled honeypot, a form sent too fast or without its time is spam online, never refused', () => {
  assert.deepEqual(pick(validateComment(submission({ honeypot: 'http://spam.example' }), NOW)), ['spam', 'honeypot']);
  assert.deepEqual(pick(validateComment(submission({ formIssuedAt: '2025-06-20T02:59:58.000Z' }), NOW)), ['spam', 'too_fast']);
  assert.deepEqual(pick(validateComment(submission({ formIssuedAt: '2025-06-20T02:59:57.000Z' }), NOW)), ['accept', null], 'exactly the minimum fill time is enough');
  assert.deepEqual(pick(validateComment(submission({ formIssuedAt: null }), NOW)), ['spam', 'no_form_time']);
  assert.deepEqual(pick(validateComment(submission({ formIssuedAt: '2025-06-20T04:00:00.000Z' }), NOW)), ['spam', 'too_fast'], 'a form from the future');
  assert.deepEqual(pick(validateComment(submission({ channel: 'meeting', honeypot: 'x', formIssuedAt: null }), NOW)), ['accept', null], 'entered by staff: no bot checks');
  assert.equal(validateComment(submission({ honeypot: 'x', stance: 'disagree' }), NOW).verdict, 'refuse', 'content problems come first');
});

function pick(verdict: CommentVerdict): [string, string | null] {
  return [verdict.verdict, verdict.verdict === 'spam' ? verdict.signal : null];
}
