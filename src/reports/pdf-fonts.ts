/**
 * Finds the font the PDF writer embeds: a free serif with every Vietnamese letter, preferably
 * metric-compatible with Times New Roman (the DOCX font) so the two formats wrap alike. Looked
 * for in RESOLUTE_PDF_FONT_DIR first, then where Debian (and a few other systems) install
 * Liberation Serif, Tinos and DejaVu Serif. No font ships in the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResoluteError } from '../domain/errors.ts';
import { coversAll, readCmap, VIETNAMESE_LETTERS } from './font-cmap.ts';

/** The four faces the writer uses, as font file paths (a missing face falls back to the regular one). */
export interface PdfFonts {
  family: string;
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** The Debian package that provides the preferred font (named in the error when none is found). */
export const PDF_FONT_PACKAGE = 'fonts-liberation2';
/** The environment variable naming a folder of font files to use first. */
export const PDF_FONT_DIR_ENV = 'RESOLUTE_PDF_FONT_DIR';

interface Family {
  name: string;
  files: { regular: string; bold: string; italic: string; boldItalic: string };
}

/** In order of preference: Times-metric serifs first, DejaVu Serif (wider) last. */
const FAMILIES: readonly Family[] = [
  { name: 'Liberation Serif', files: { regular: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf', italic: 'LiberationSerif-Italic.ttf', boldItalic: 'LiberationSerif-BoldItalic.ttf' } },
  { name: 'Tinos', files: { regular: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italic: 'Tinos-Italic.ttf', boldItalic: 'Tinos-BoldItalic.ttf' } },
  { name: 'DejaVu Serif', files: { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf', boldItalic: 'DejaVuSerif-BoldItalic.ttf' } },
];

/** Where systems install these fonts: Debian/Ubuntu (liberation2 is bookworm's Liberation 2.x), Fedora, Arch. */
export const SYSTEM_FONT_DIRS: readonly string[] = [
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/truetype/croscore',
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/liberation-serif',
  '/usr/share/fonts/google-croscore',
  '/usr/share/fonts/dejavu-serif-fonts',
  '/usr/share/fonts/TTF',
];

const found = new Map<string, PdfFonts>();

/**
 * The fonts to embed: the first family (in `dirs`, or the env folder then the system folders)
 * whose regular face has every Vietnamese letter. Throws a ResoluteError naming the Debian
 * package to install when there is none.
 */
export function findPdfFonts(dirs: readonly string[] = defaultFontDirs()): PdfFonts {
  const key = dirs.join('\n');
  const cached = found.get(key);
  if (cached) return cached;
  const fonts = search(dirs);
  if (fonts === null) {
    throw new ResoluteError(
      'invalid_state',
      `No font with Vietnamese letters for PDF reports: install the Debian package ${PDF_FONT_PACKAGE} (apt-get install ${PDF_FONT_PACKAGE}), or set ${PDF_FONT_DIR_ENV} to a folder with Liberation Serif, Tinos or DejaVu Serif.`,
      {
        detail: `thiếu phông chữ tiếng Việt cho PDF / no Vietnamese font for PDF: apt-get install ${PDF_FONT_PACKAGE} (${PDF_FONT_DIR_ENV})`,
        detail_vi: `thiếu phông chữ tiếng Việt cho PDF: apt-get install ${PDF_FONT_PACKAGE} (${PDF_FONT_DIR_ENV})`,
        package: PDF_FONT_PACKAGE,
      },
    );
  }
  found.set(key, fonts);
  return fonts;
}

/** RESOLUTE_PDF_FONT_DIR (when set) before the system folders. */
export function defaultFontDirs(): string[] {
  const own = process.env[PDF_FONT_DIR_ENV]?.trim();
  return own ? [own, ...SYSTEM_FONT_DIRS] : [...SYSTEM_FONT_DIRS];
}

function search(dirs: readonly string[]): PdfFonts | null {
  // A folder of the user's own (RESOLUTE_PDF_FONT_DIR) wins whatever family it holds; then the system folders by family preference.
  const own = dirs.filter((dir) => !SYSTEM_FONT_DIRS.includes(dir));
  const system = dirs.filter((dir) => SYSTEM_FONT_DIRS.includes(dir));
  const order: [string, Family][] = [
    ...own.flatMap((dir) => FAMILIES.map((family): [string, Family] => [dir, family])),
    ...FAMILIES.flatMap((family) => system.map((dir): [string, Family] => [dir, family])),
  ];
  for (const [dir, family] of order) {
    const fonts = familyIn(dir, family);
    if (fonts !== null) return fonts;
  }
  return null;
}

function familyIn(dir: string, family: Family): PdfFonts | null {
  const regular = join(dir, family.files.regular);
  if (!existsSync(regular) || !hasVietnamese(regular)) return null;
  const face = (file: string) => {
    const path = join(dir, file);
    return existsSync(path) ? path : regular;
  };
  return {
    family: family.name,
    regular,
    bold: face(family.files.bold),
    italic: face(family.files.italic),
    boldItalic: face(family.files.boldItalic),
  };
}

function hasVietnamese(path: string): boolean {
  try {
    const lookup = readCmap(readFileSync(path));
    return lookup !== null && coversAll(lookup, VIETNAMESE_LETTERS);
  } catch {
    return false;
  }
}
