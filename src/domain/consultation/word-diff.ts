/**
 * A word-level diff of two texts, for showing how a section changed between two versions of
 * a draft. Vietnamese words are syllables separated by spaces, so the units are syllables
 * (runs of letters and digits), single punctuation marks and the whitespace between them, so
 * that the equal and inserted pieces join into the new text exactly (and the equal and deleted
 * ones into the old text, up to the amount of whitespace). Myers' O(ND) algorithm finds a
 * shortest edit script; past `maxEdits` differences (a rewritten section) the middle is shown
 * as removed and added whole, which keeps the time and memory bounded.
 */

/** A piece of the diff: text both versions share, text only the new one has, text only the old one had. */
export interface DiffPiece {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface WordDiff {
  pieces: DiffPiece[];
  /** Units (syllables, punctuation marks) added and removed. */
  inserted: number;
  deleted: number;
  /** True when the texts differed too much for a fine diff. */
  coarse: boolean;
}

interface Token {
  key: string;
  text: string;
}

/** Syllables, punctuation marks and runs of whitespace (all whitespace runs compare equal). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFC').matchAll(/\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) {
    tokens.push({ key: match[0].trim() === '' ? ' ' : match[0], text: match[0] });
  }
  return tokens;
}

/**
 * The edit script between two sequences as pairs of indices: `[i, j]` equal, `[i, -1]` a deletion
 * of a[i], `[-1, j]` an insertion of b[j], in order; null when more than `maxEdits` edits are needed.
 */
export function editScript(a: readonly string[], b: readonly string[], maxEdits: number): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxEdits); d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

/** Walks the saved frontiers back from (n, m) to (0, 0). */
function backtrack(trace: readonly Int32Array[], n: number, m: number): [number, number][] {
  const script: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const frontier = trace[d] as Int32Array;
    const at = (k: number) => frontier[k + d + 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      script.push([x, y]);
    }
    if (d === 0) break;
    if (down) {
      y -= 1;
      script.push([-1, y]);
    } else {
      x -= 1;
      script.push([x, -1]);
    }
  }
  return script.reverse();
}

/**
 * The word diff of two texts.
 * @example diffWords("tăng 9%", "tăng 10%") → equal "tăng ", delete "9", insert "10", equal "%"
 */
export function diffWords(before: string, after: string, maxEdits = 2000): WordDiff {
  const a = tokenise(before);
  const b = tokenise(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && (a[prefix] as Token).key === (b[prefix] as Token).key) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && (a[a.length - 1 - suffix] as Token).key === (b[b.length - 1 - suffix] as Token).key) suffix += 1;
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  const script = editScript(middleA.map((t) => t.key), middleB.map((t) => t.key), maxEdits);
  const pieces: DiffPiece[] = [];
  const push = (op: DiffPiece['op'], text: string) => {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.op === op) last.text += text;
    else if (text !== '') pieces.push({ op, text });
  };
  // Shared runs show the new version's spacing.
  b.slice(0, prefix).forEach((t) => push('equal', t.text));
  let inserted = 0;
  let deleted = 0;
  if (script === null) {
    middleA.forEach((t) => push('delete', t.text));
    middleB.forEach((t) => push('insert', t.text));
    deleted = countWords(middleA);
    inserted = countWords(middleB);
  } else {
    // Deletions before insertions within a changed run reads best: "~~9~~ 10".
    let pendingInserts: Token[] = [];
    const flush = () => {
      pendingInserts.forEach((t) => push('insert', t.text));
      pendingInserts = [];
    };
    for (const [i, j] of script) {
      if (i >= 0 && j >= 0) {
        flush();
        push('equal', (middleB[j] as Token).text);
      } else if (i >= 0) {
        push('delete', (middleA[i] as Token).text);
        if ((middleA[i] as Token).key !== ' ') deleted += 1;
      } else {
        pendingInserts.push(middleB[j] as Token);
        if ((middleB[j] as Token).key !== ' ') inserted += 1;
      }
    }
    flush();
  }
  b.slice(b.length - suffix).forEach((t) => push('equal', t.text));
  return { pieces, inserted, deleted, coarse: script === null };
}

function countWords(tokens: readonly Token[]): number {
  return tokens.filter((t) => t.key !== ' ').length;
}
