import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CommentLimits } from '../../api/public-consultation.ts';
import {
  attemptClientRef, attemptFingerprint, cleanCode, clientRefFrom, clientRefFromBytes, commentBody, counter, emailProblem, emptyDraft, emptyPerson,
  formProblems, mayHaveArrived, organisationShown, reasonShown, refusedFields, textRequired, verificationRefused,
} from './comment-form-model.ts';
import type { CommentDraft, PersonDraft } from './comment-form-model.ts';

const limits: CommentLimits = { text: 50, reason: 20, name: 10, organisation: 15, email: 40, minFillSeconds: 3 };
const person = (changes: Partial<PersonDraft> = {}): PersonDraft => ({ ...emptyPerson(), respondentType: 'citizen', ...changes });
const draft = (changes: Partial<CommentDraft> = {}): CommentDraft => ({ ...emptyDraft(), stance: 'agree', ...changes });
const codes = (problems: ReturnType<typeof formProblems>): Record<string, string> =>
  Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, p.kind === 'choose' ? 'choose' : p.problem.code]));

describe('what the form shows for a stance and a respondent type', () => {
  test('reason only for Không tán thành, text required only for Đồng ý một phần, organisation for businesses and organisations', () => {
    assert.deepEqual([null, 'agree', 'disagree', 'partly'].map((s) => reasonShown(s as never)), [false, false, true, false]);
    assert.deepEqual([null, 'agree', 'disagree', 'partly'].map((s) => textRequired(s as never)), [false, false, false, true]);
    assert.deepEqual([null, 'citizen', 'business', 'organisation', 'party_member', 'other'].map((r) => organisationShown(r as never)), [false, false, true, true, false, false]);
  });
});

describe('instant checks mirror the server\'s rules', () => {
  test('a plain Tán thành from a citizen passes', () => {
    assert.deepEqual(formProblems(draft(), person(), limits), {});
  });

  test('nothing chosen: stance and respondent type are asked for', () => {
    assert.deepEqual(codes(formProblems(emptyDraft(), emptyPerson(), limits)), { stance: 'choose', respondentType: 'choose' });
  });

  test('Không tán thành needs a reason; Đồng ý một phần needs the text', () => {
    assert.deepEqual(codes(formProblems(draft({ stance: 'disagree', reason: '   ' }), person(), limits)), { reason: 'reason_required' });
    assert.deepEqual(formProblems(draft({ stance: 'disagree', reason: 'Chưa sát thực tế' }), person(), limits), {});
    assert.deepEqual(codes(formProblems(draft({ stance: 'partly', text: '' }), person(), limits)), { text: 'text_required' });
  });

  test('a reason typed before switching to another stance is not held against the comment', () => {
    assert.deepEqual(formProblems(draft({ stance: 'agree', reason: 'typed while disagreeing' }), person(), limits), {});
  });

  test('sizes against the server\'s limits, in characters', () => {
    const problems = formProblems(draft({ text: 'ê'.repeat(51) }), person({ name: 'Nguyễn Văn An Bình' }), limits);
    assert.deepEqual(codes(problems), { text: 'too_long', name: 'too_long' });
    const text = problems.text;
    assert.ok(text?.kind === 'rule');
    assert.deepEqual(text.problem.details, { field: 'text', limit: 50, length: 51 });
    assert.deepEqual(formProblems(draft({ text: 'ê'.repeat(50) }), person(), limits), {});
  });

  test('markup, script and a bad e-mail are caught before sending; plain "<" stays text', () => {
    assert.deepEqual(codes(formProblems(draft({ text: 'xem <b>đây</b>' }), person(), limits)), { text: 'markup' });
    assert.deepEqual(codes(formProblems(draft({ text: '<script>alert(1)</script>' }), person(), limits)), { text: 'script_content' });
    assert.deepEqual(codes(formProblems(draft(), person({ email: 'an@' }), limits)), { email: 'invalid_email' });
    assert.deepEqual(formProblems(draft({ text: 'tỷ lệ <5% & a > b' }), person(), limits), {});
  });

  test('the organisation counts only when it is shown; a verified address replaces the typed one', () => {
    assert.deepEqual(formProblems(draft(), person({ organisation: 'x'.repeat(16) }), limits), {});
    assert.deepEqual(codes(formProblems(draft(), person({ respondentType: 'business', organisation: 'x'.repeat(16) }), limits)), { organisation: 'too_long' });
    assert.deepEqual(formProblems(draft(), person({ email: 'bad' }), limits, 'an@example.vn'), {});
  });

  test('the e-mail step checks the address with the same rule', () => {
    assert.equal(emailProblem('an@example.vn', limits), null);
    assert.equal(emailProblem('an example', limits)?.code, 'invalid_email');
  });

  test('counters count code points after NFC, as the server does', () => {
    assert.deepEqual(counter('Việt', 4), { count: 4, limit: 4, over: false });
    assert.deepEqual(counter('Vie\u0302\u0323t', 4), { count: 4, limit: 4, over: false }, 'decomposed "ệ" is one character');
    assert.deepEqual(counter('😀😀', 1), { count: 2, limit: 1, over: true });
  });
});

describe('the request body', () => {
  const context = { formToken: 'ft', verificationToken: null, verifiedEmail: null, clientRef: 'ref12345' };

  test('hidden fields are not sent; empty optional fields are null; the commune wins over the province', () => {
    const body = commentBody({ kind: 'section', sectionId: 's12' }, draft({ stance: 'agree', text: 'Đồng ý', reason: 'left over' }),
      person({ provinceId: 'lc', communeId: 'x1', organisation: 'Công ty A', name: ' ', email: '' }), context);
    assert.deepEqual(body, {
      target: { kind: 'section', sectionId: 's12' }, stance: 'agree', text: 'Đồng ý', reason: null, respondentType: 'citizen', localityId: 'x1',
      organisation: null, name: null, email: null, website: '', formToken: 'ft', verificationToken: null, clientRef: 'ref12345',
    });
  });

  test('a disagreement carries its reason; a business its name; a verified address and token go along', () => {
    const body = commentBody({ kind: 'draft' }, draft({ stance: 'disagree', reason: 'Chưa rõ' }), person({ respondentType: 'business', organisation: 'Công ty A', email: 'typed@x.vn', provinceId: 'lc' }),
      { ...context, verificationToken: 'vt', verifiedEmail: 'an@example.vn' });
    assert.equal(body.reason, 'Chưa rõ');
    assert.equal(body.organisation, 'Công ty A');
    assert.equal(body.email, 'an@example.vn');
    assert.equal(body.verificationToken, 'vt');
    assert.equal(body.localityId, 'lc');
  });

  test('the honeypot is sent as filled in (a bot fills it)', () => {
    assert.equal(commentBody({ kind: 'draft' }, draft(), person({ website: 'http://spam' }), context).website, 'http://spam');
  });

  test('refuses to build a body without stance or respondent type', () => {
    assert.throws(() => commentBody({ kind: 'draft' }, emptyDraft(), person(), context));
  });
});

describe('a retry is stored once', () => {
  let n = 0;
  const newRef = (): string => `ref-${(n += 1)}`;
  const target = { kind: 'indicator', indicatorId: 'i3' } as const;

  test('clientRefs: a UUID without dashes, or random bytes in hex; both pass the server\'s pattern', () => {
    const fromUuid = clientRefFrom('3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b');
    assert.equal(fromUuid, '3f2b8c1e9a4d4e6f8b7a1c2d3e4f5a6b');
    const fromBytes = clientRefFromBytes(new Uint8Array([0, 15, 255, 16]));
    assert.equal(fromBytes, '000fff10');
    for (const ref of [fromUuid, clientRefFromBytes(new Uint8Array(16))]) assert.match(ref, /^[A-Za-z0-9_-]{8,64}$/);
  });

  test('the same comment sent again after a network failure reuses the clientRef; a changed one gets a new one', () => {
    const fingerprint = attemptFingerprint(target, draft({ text: 'Nên tăng' }), person(), null);
    const first = attemptClientRef(null, fingerprint, newRef);
    const pending = { clientRef: first, fingerprint };
    assert.equal(attemptClientRef(pending, attemptFingerprint(target, draft({ text: 'Nên tăng' }), person(), null), newRef), first);
    assert.notEqual(attemptClientRef(pending, attemptFingerprint(target, draft({ text: 'Nên tăng thêm' }), person(), null), newRef), first);
    assert.notEqual(attemptClientRef(pending, attemptFingerprint({ kind: 'draft' }, draft({ text: 'Nên tăng' }), person(), null), newRef), first);
  });

  test('the fingerprint ignores the attempt\'s tokens but not the honeypot or contact', () => {
    const a = attemptFingerprint(target, draft(), person(), null);
    assert.equal(a, attemptFingerprint(target, draft(), person(), null));
    assert.notEqual(a, attemptFingerprint(target, draft(), person({ name: 'An' }), null));
  });

  test('which failures may have been stored: no answer or a server failure, not a refusal', () => {
    assert.deepEqual([0, 500, 502, 503, 422, 409, 429, 400].map(mayHaveArrived), [true, true, true, true, false, false, false, false]);
  });
});

describe('reading a refusal', () => {
  test('the fields named by details.fields or details.path, unknown names left out', () => {
    assert.deepEqual(refusedFields({ fields: 'reason,text' }), ['reason', 'text']);
    assert.deepEqual(refusedFields({ fields: ' email , contact.email, website, x' }), ['email']);
    assert.deepEqual(refusedFields({ detail: 'localityId: unknown locality', path: 'localityId' }), ['localityId']);
    assert.deepEqual(refusedFields({ path: 'body.text' }), ['text']);
    assert.deepEqual(refusedFields({}), []);
    assert.deepEqual(refusedFields({ fields: 3 }), []);
  });

  test('a refused verification restarts the code step; an unverified e-mail field is only marked', () => {
    assert.equal(verificationRefused({ fields: 'verificationToken' }, false), true);
    assert.equal(verificationRefused({ fields: 'email' }, true), true, 'the server names the e-mail when the token is missing or expired');
    assert.equal(verificationRefused({ fields: 'email' }, false), false, 'without verification it is the typed address');
    assert.equal(verificationRefused({ fields: 'text' }, true), false);
  });

  test('codes typed or pasted keep six digits', () => {
    assert.equal(cleanCode('123 456'), '123456');
    assert.equal(cleanCode('12-34-56-78'), '123456');
    assert.equal(cleanCode('abc'), '');
  });
});
