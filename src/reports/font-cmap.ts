/**
 * Reads which characters a TrueType/OpenType font has glyphs for (its `cmap` table, formats 4
 * and 12), so the PDF writer can refuse a font that would print Vietnamese letters as empty
 * boxes: Debian bookworm's `fonts-liberation` (1.07) has no Vietnamese, `fonts-liberation2` has.
 */

/** The Vietnamese letters a report font must have: the Latin Extended Additional block (Ạ..ỹ) and ĂÂĐÊÔƠƯ. */
export const VIETNAMESE_LETTERS: readonly number[] = [
  ...Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => 0x1ea0 + i),
  ...[...'ĂăÂâĐđÊêÔôƠơƯư'].map((c) => c.codePointAt(0) ?? 0),
];

/** A lookup from a code point to whether the font maps it to a real glyph (not .notdef). */
export type GlyphLookup = (codePoint: number) => boolean;

/** Reads the font's Unicode cmap; null when the bytes are no TrueType/OpenType font or have no Unicode cmap. */
export function readCmap(font: Uint8Array): GlyphLookup | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  try {
    const cmap = tableOffset(view, 'cmap');
    if (cmap === null) return null;
    const count = view.getUint16(cmap + 2);
    let format4: number | null = null;
    let format12: number | null = null;
    for (let i = 0; i < count; i++) {
      const record = cmap + 4 + i * 8;
      const platform = view.getUint16(record);
      const encoding = view.getUint16(record + 2);
      const offset = cmap + view.getUint32(record + 4);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      const format = view.getUint16(offset);
      if (format === 12 && format12 === null) format12 = offset;
      if (format === 4 && format4 === null) format4 = offset;
    }
    if (format12 !== null) return format12Lookup(view, format12);
    if (format4 !== null) return format4Lookup(view, format4);
    return null;
  } catch {
    // A truncated or damaged file reads past its end: it is no usable font.
    return null;
  }
}

/** Whether the font has a glyph for every code point given. */
export function coversAll(lookup: GlyphLookup, codePoints: readonly number[]): boolean {
  return codePoints.every((codePoint) => lookup(codePoint));
}

function tableOffset(view: DataView, tag: string): number | null {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    if (name === tag) return view.getUint32(record + 8);
  }
  return null;
}

/** Segment mapping to delta values (the BMP). */
function format4Lookup(view: DataView, offset: number): GlyphLookup {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    for (let i = 0; i < segments; i++) {
      if (view.getUint16(ends + i * 2) < codePoint) continue;
      const start = view.getUint16(starts + i * 2);
      if (start > codePoint) return false;
      const delta = view.getUint16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  };
}

/** Segmented coverage (all of Unicode). */
function format12Lookup(view: DataView, offset: number): GlyphLookup {
  const groups = view.getUint32(offset + 12);
  return (codePoint) => {
    for (let i = 0; i < groups; i++) {
      const group = offset + 16 + i * 12;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      if (codePoint < start) return false;
      if (codePoint <= end) return view.getUint32(group + 8) + (codePoint - start) !== 0;
    }
    return false;
  };
}
