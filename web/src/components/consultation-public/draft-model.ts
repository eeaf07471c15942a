/**
 * What the public consultation page computes from the consultation, pure so it is tested
 * without a browser: the draft's outline as a tree (flat sections nested by level), the
 * targets' keys and published counts, the locality choices (a province, then a commune of
 * it) and the heading level of a nested section.
 */
import type { DraftSection, Locality } from '../../api/public-consultation.ts';

/** A section of the outline with the sections under it. */
export interface SectionNode {
  section: DraftSection;
  children: SectionNode[];
}

/**
 * Sections (in document order, with levels) nested under the nearest earlier section of a
 * higher level (a smaller number); a section deeper than the one before it by several levels
 * still goes directly under it.
 */
export function sectionTree(sections: readonly DraftSection[]): SectionNode[] {
  const roots: SectionNode[] = [];
  const open: SectionNode[] = [];
  for (const section of sections) {
    const node: SectionNode = { section, children: [] };
    while (open.length > 0 && (open.at(-1)?.section.level ?? 0) >= section.level) open.pop();
    const parent = open.at(-1);
    (parent === undefined ? roots : parent.children).push(node);
    open.push(node);
  }
  return roots;
}

/** The target keys the server counts by ("draft", "section:ID", "indicator:ID"). */
export const draftKey = 'draft';
export const sectionKey = (sectionId: string): string => `section:${sectionId}`;
export const indicatorKey = (indicatorId: string): string => `indicator:${indicatorId}`;

/** The published comments of a target; 0 when the server lists none. */
export function publishedCount(byTarget: Readonly<Record<string, number>>, key: string): number {
  return byTarget[key] ?? 0;
}

/** A section as the outline names it: "I. Tình hình kinh tế", "I- Kết quả" (the label's own punctuation kept), or the title alone. */
export function sectionHeading(section: Pick<DraftSection, 'label' | 'title'>): string {
  const label = section.label.trim();
  const title = section.title.trim();
  if (label === '') return title;
  if (title === '') return label;
  return /[.:)\-–—]$/u.test(label) ? `${label} ${title}` : `${label}. ${title}`;
}

/**
 * A section's own text to show under its heading: without a first line that only repeats the
 * heading (some drafts' outlines keep the heading's line in the text), and without the blank
 * lines around it.
 */
export function ownText(section: Pick<DraftSection, 'label' | 'title' | 'text'>): string {
  const text = section.text.trim();
  const squash = (line: string): string => line.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  const firstBreak = text.indexOf('\n');
  const first = squash(firstBreak < 0 ? text : text.slice(0, firstBreak));
  const repeats = [section.title, `${section.label} ${section.title}`, sectionHeading(section)].some((heading) => squash(heading) === first);
  return repeats ? (firstBreak < 0 ? '' : text.slice(firstBreak + 1).trim()) : text;
}

/** The heading element of a section at `depth` (0 for the outline's roots) under the page's h2: h3, h4, … at most h6. */
export function headingLevel(depth: number): 3 | 4 | 5 | 6 {
  return Math.min(6, 3 + Math.max(0, depth)) as 3 | 4 | 5 | 6;
}

/** The ids of every section of the tree, parents before their children. */
export function allSectionIds(nodes: readonly SectionNode[]): string[] {
  const ids: string[] = [];
  const walk = (list: readonly SectionNode[]): void => {
    for (const node of list) {
      ids.push(node.section.id);
      walk(node.children);
    }
  };
  walk(nodes);
  return ids;
}

/** A choice of the locality selects. */
export interface LocalityChoice {
  id: string;
  /** The name; under a district, "Huyện A — Xã B" so two communes of the same name stay apart. */
  label: string;
}

export interface LocalityChoices {
  /** Localities without a (known) parent: the provinces. */
  provinces: LocalityChoice[];
  /** Every locality below a province, depth first, by the province's id. */
  below: ReadonlyMap<string, LocalityChoice[]>;
}

/** The localities as two levels of choices: provinces, then everything below the chosen one. */
export function localityChoices(localities: readonly Locality[]): LocalityChoices {
  const known = new Set(localities.map((l) => l.id));
  const childrenOf = new Map<string, Locality[]>();
  const roots: Locality[] = [];
  for (const locality of localities) {
    if (locality.parentId === null || !known.has(locality.parentId) || locality.parentId === locality.id) {
      roots.push(locality);
      continue;
    }
    const list = childrenOf.get(locality.parentId) ?? [];
    list.push(locality);
    childrenOf.set(locality.parentId, list);
  }
  const byName = (a: Locality, b: Locality): number => a.name.localeCompare(b.name, 'vi');
  const below = new Map<string, LocalityChoice[]>();
  for (const root of roots) {
    const choices: LocalityChoice[] = [];
    const seen = new Set<string>([root.id]);
    const walk = (parentId: string, prefix: string): void => {
      for (const child of [...(childrenOf.get(parentId) ?? [])].sort(byName)) {
        if (seen.has(child.id)) continue; // a cycle in bad data must not hang the page
        seen.add(child.id);
        choices.push({ id: child.id, label: `${prefix}${child.name}` });
        walk(child.id, `${prefix}${child.name} — `);
      }
    };
    walk(root.id, '');
    below.set(root.id, choices);
  }
  return { provinces: [...roots].sort(byName).map((l) => ({ id: l.id, label: l.name })), below };
}

/** The locality a comment is given for: the commune when one is chosen, else the province, else none. */
export function chosenLocality(provinceId: string, communeId: string): string | null {
  if (communeId !== '') return communeId;
  return provinceId === '' ? null : provinceId;
}
