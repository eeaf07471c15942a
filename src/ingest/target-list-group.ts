/**
 * The group of a listed target. Resolutions group their main targets as economy; culture
 * and society; environment; Party building and the political system (some add defence
 * and security). When the list has group headings ("2.1. Về kinh tế"), the heading decides;
 * when it has none (a plain "1. ... 11." list), each item is classified by the keywords it
 * contains, and the group with most distinct keywords wins (ties go to the earlier group).
 * Items are classified whole, as the documents' own appendix tables group them: an item on
 * farming that ends with forest cover stays in the economy.
 */
import { GROUP_ABOUT, GROUP_RULES } from '../domain/vocabulary/index.ts';
import { foldVietnamese } from '../domain/fold.ts';

const ABOUT = new RegExp(GROUP_ABOUT, 'iu');

/** True when the folded text holds the folded word as whole words. */
function holds(folded: string, word: string): boolean {
  return new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`, 'u').test(folded);
}

/**
 * The group a heading names ("Về kinh tế" -> "Kinh tế"); the heading's own words for a
 * group the table does not know ("Về khoa học, công nghệ"); null for a heading that names
 * no group ("Mục tiêu tổng quát"), so that the item's words decide.
 */
function groupOfHeading(heading: string): string | null {
  const folded = foldVietnamese(heading);
  const rule = GROUP_RULES.find((candidate) => candidate.heading.some((word) => holds(folded, word)));
  if (rule) return rule.label;
  const about = ABOUT.exec(heading);
  if (!about) return null;
  const own = heading.slice(about[0].length).replace(/[:.]\s*$/u, '').trim();
  return own.charAt(0).toLocaleUpperCase('vi') + own.slice(1);
}

/** The group whose keywords an item's text holds most, or null when it holds none. */
function groupOfText(text: string): string | null {
  const folded = foldVietnamese(text);
  let best: { label: string; score: number } | null = null;
  for (const rule of GROUP_RULES) {
    const score = rule.keywords.filter((word) => holds(folded, word)).length;
    if (score > 0 && (best === null || score > best.score)) best = { label: rule.label, score };
  }
  return best?.label ?? null;
}

/** The group of a listed item: from its group heading when there is one, else from its words. */
export function classifyGroup(heading: string | null, itemText: string): string | null {
  return (heading ? groupOfHeading(heading) : null) ?? groupOfText(itemText);
}
