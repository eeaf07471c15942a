import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anySkipped, changeCounts, changeHeading, compactPieces, dispositionHref, formerHeading, joinPieces } from './diff-model.ts';
import type { DiffPiece, SectionChange } from './diff-model.ts';

const change = (over: Partial<SectionChange>): SectionChange => ({
  change: 'changed', before: { id: 'o1', label: 'I', title: 'Thuận lợi' }, after: { id: 'n1', label: 'I', title: 'Thuận lợi' },
  retitled: false, pieces: [], comments: 0, dispositions: [], ...over,
});
/** The text a reader sees of shown pieces, skips as "[n]". */
const shownText = (pieces: ReturnType<typeof compactPieces>) => pieces.map((p) => (p.op === 'skip' ? `[${p.skipped}]` : p.op === 'equal' ? p.text : `${p.op === 'insert' ? '+' : '-'}{${p.text}}`)).join('');

describe('the version diff', () => {
  test('counts in the order Bổ sung, Lược bỏ, Sửa đổi, Giữ nguyên; a missing kind is zero', () => {
    assert.deepEqual(changeCounts({ changed: 3, added: 1, unchanged: 12 }).map((c) => `${c.word} ${c.count}`), ['Bổ sung 1', 'Lược bỏ 0', 'Sửa đổi 3', 'Giữ nguyên 12']);
  });

  test('a section is headed by its new label and title, a removed one by its old; a retitled one says its old heading', () => {
    assert.equal(changeHeading(change({ after: { id: 'n1', label: 'II', title: 'Nhiệm vụ, giải pháp' } })), 'II. Nhiệm vụ, giải pháp');
    assert.equal(changeHeading(change({ change: 'removed', after: null, before: { id: 'o3', label: '3.', title: 'Du lịch' } })), '3. Du lịch');
    assert.equal(formerHeading(change({ retitled: true, before: { id: 'o1', label: 'I', title: 'Thuận lợi, khó khăn' } })), 'I. Thuận lợi, khó khăn');
    assert.equal(formerHeading(change({})), null);
    assert.equal(formerHeading(change({ change: 'added', retitled: true, before: null })), null);
  });

  test('adjacent pieces of one kind are joined and empty ones dropped', () => {
    const pieces: DiffPiece[] = [
      { op: 'equal', text: 'Tăng ' }, { op: 'equal', text: 'trưởng ' }, { op: 'delete', text: '7' }, { op: 'delete', text: '%' },
      { op: 'insert', text: '' }, { op: 'insert', text: '8%' }, { op: 'equal', text: '.' },
    ];
    assert.deepEqual(joinPieces(pieces), [{ op: 'equal', text: 'Tăng trưởng ' }, { op: 'delete', text: '7%' }, { op: 'insert', text: '8%' }, { op: 'equal', text: '.' }]);
  });

  test('short sections are shown whole', () => {
    const pieces: DiffPiece[] = [{ op: 'equal', text: 'a '.repeat(150) }, { op: 'insert', text: 'mới' }];
    const shown = compactPieces(pieces);
    assert.equal(anySkipped(shown), false);
    assert.equal(shownText(shown), `${'a '.repeat(150)}+{mới}`);
  });

  test('a long unchanged stretch keeps its ends next to the edits, cut between words; the start and end of a section keep only the side by an edit', () => {
    const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const lead = `${words(100, 'x')} `;
    const middle = ` ${words(100, 'y')} `;
    const tail = ` ${words(100, 'z')}`;
    const pieces: DiffPiece[] = [{ op: 'equal', text: lead }, { op: 'delete', text: 'cũ' }, { op: 'equal', text: middle }, { op: 'insert', text: 'mới' }, { op: 'equal', text: tail }];
    const shown = compactPieces(pieces, 50);
    assert.equal(anySkipped(shown), true);
    const text = shownText(shown);
    assert.match(text, /^\[\d+\]x\d+ /u, 'the start keeps only its end, from a whole word');
    assert.match(text, / -\{cũ\} y0 .* y\d+\[\d+\]y\d+ .*\+\{mới\} z0 .* z\d+\[\d+\]$/u);
    // Nothing is lost: what is shown plus what is skipped is every character.
    const total = shown.reduce((sum, p) => sum + (p.op === 'skip' ? p.skipped : p.text.length), 0);
    assert.equal(total, pieces.reduce((sum, p) => sum + p.text.length, 0));
    for (const piece of shown) if (piece.op === 'equal') assert.ok(piece.text.length <= 50 + 20, `kept at most the context: ${piece.text.length}`);
  });

  test('a disposition links to its subject on the disposition tab', () => {
    assert.equal(dispositionHref('c 1', { kind: 'cluster', id: 'k1' }), '/consultations/c%201?tab=disposition&subject=cluster%3Ak1');
  });
});
