import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ResoluteError } from '../domain/errors.ts';
import { coversAll, readCmap, VIETNAMESE_LETTERS } from './font-cmap.ts';
import { defaultFontDirs, findPdfFonts, PDF_FONT_DIR_ENV, SYSTEM_FONT_DIRS } from './pdf-fonts.ts';
import { writePdf } from './pdf.ts';
import { sampleDocument } from './testing/sample-document.ts';

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
/** Debian bookworm's fonts-liberation 1.07: Latin without the Vietnamese letters. */
const LIBERATION_1 = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf';
const LIBERATION_2 = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';

const scratch = mkdtempSync(join(tmpdir(), 'resolute-fonts-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('readCmap', () => {
  it('finds the Vietnamese letters in DejaVu Serif', { skip: existsSync(DEJAVU) ? false : `${DEJAVU} is not installed` }, () => {
    const lookup = readCmap(readFileSync(DEJAVU));
    assert.ok(lookup);
    assert.ok(coversAll(lookup, VIETNAMESE_LETTERS));
    assert.equal(lookup(0x4e00), false, 'no CJK ideographs');
  });

  it('tells Liberation 1.07 (no Vietnamese) from Liberation 2', { skip: existsSync(LIBERATION_1) && existsSync(LIBERATION_2) ? false : 'needs both Liberation packages' }, () => {
    const old = readCmap(readFileSync(LIBERATION_1));
    assert.ok(old);
    assert.equal(old('A'.codePointAt(0) ?? 0), true);
    assert.equal(coversAll(old, VIETNAMESE_LETTERS), false);
    const current = readCmap(readFileSync(LIBERATION_2));
    assert.ok(current && coversAll(current, VIETNAMESE_LETTERS));
  });

  it('reads no cmap from bytes that are no font, and never throws', () => {
    assert.equal(readCmap(new TextEncoder().encode('not a font at all')), null);
    assert.equal(readCmap(new Uint8Array(0)), null);
    const truncated = existsSync(DEJAVU) ? readFileSync(DEJAVU).subarray(0, 400) : new Uint8Array(400);
    assert.equal(readCmap(truncated), null);
  });
});

describe('findPdfFonts', () => {
  it('throws a ResoluteError naming the Debian package when no folder has a usable font', () => {
    assert.throws(() => findPdfFonts([join(scratch, 'nothing-here')]), (error: unknown) => {
      assert.ok(error instanceof ResoluteError);
      assert.match(error.message, /fonts-liberation2/u);
      assert.match(error.message, /RESOLUTE_PDF_FONT_DIR/u);
      return true;
    });
  });

  it('refuses a font without Vietnamese letters', { skip: existsSync(LIBERATION_1) ? false : `${LIBERATION_1} is not installed` }, () => {
    const dir = join(scratch, 'old-liberation');
    mkdir(dir);
    copyFileSync(LIBERATION_1, join(dir, 'LiberationSerif-Regular.ttf'));
    assert.throws(() => findPdfFonts([dir]), ResoluteError);
  });

  it('takes RESOLUTE_PDF_FONT_DIR first, with the regular face for missing ones', { skip: existsSync(DEJAVU) ? false : `${DEJAVU} is not installed` }, async () => {
    const dir = join(scratch, 'own');
    mkdir(dir);
    copyFileSync(DEJAVU, join(dir, 'DejaVuSerif.ttf'));
    const before = process.env[PDF_FONT_DIR_ENV];
    process.env[PDF_FONT_DIR_ENV] = dir;
    try {
      const dirs = defaultFontDirs();
      assert.deepEqual(dirs, [dir, ...SYSTEM_FONT_DIRS]);
      const fonts = findPdfFonts(dirs);
      assert.equal(fonts.family, 'DejaVu Serif');
      assert.equal(fonts.regular, join(dir, 'DejaVuSerif.ttf'));
      assert.equal(fonts.bold, fonts.regular);
      // The fallback font writes a whole document too.
      const pdf = await writePdf(sampleDocument(), fonts);
      assert.ok(pdf.includes('DejaVuSerif', 0, 'latin1'), 'the DejaVu font is embedded');
    } finally {
      if (before === undefined) delete process.env.RESOLUTE_PDF_FONT_DIR;
      else process.env[PDF_FONT_DIR_ENV] = before;
    }
  });
});

function mkdir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
