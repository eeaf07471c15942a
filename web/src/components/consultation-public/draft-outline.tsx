/**
 * The draft by section: a collapsible outline, sections nested by level, each a heading that
 * opens it to show its own text (line breaks kept) and its comment actions, then the sections
 * under it. The top sections start open.
 */
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftSection } from '../../api/public-consultation.ts';
import { allSectionIds, headingLevel, ownText, sectionHeading, sectionKey, sectionTree } from './draft-model.ts';
import type { SectionNode } from './draft-model.ts';
import { TargetPanel } from './target-panel.tsx';

interface NodeProps {
  node: SectionNode;
  depth: number;
  expanded: ReadonlySet<string>;
  toggle: (id: string) => void;
}

function SectionItem({ node, depth, expanded, toggle }: NodeProps) {
  const { t } = useI18n();
  const { section } = node;
  const open = expanded.has(section.id);
  const Heading = `h${headingLevel(depth)}` as 'h3' | 'h4' | 'h5' | 'h6';
  const heading = sectionHeading(section);
  const text = ownText(section);
  const bodyId = `pc-section-${section.id}`;
  return (
    <li className={`pc-section depth-${Math.min(depth, 4)}`}>
      <Heading className="pc-section-heading">
        <button type="button" className="pc-section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => toggle(section.id)}>
          <span className="pc-chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span>{heading}</span>
        </button>
      </Heading>
      <div id={bodyId} className="pc-section-body" hidden={!open}>
        {open ? (
          <>
            {text === '' ? null : <p className="pc-section-text">{text}</p>}
            <TargetPanel target={{ key: sectionKey(section.id), ref: { kind: 'section', sectionId: section.id }, name: t('pub.target.section', { name: heading }) }} />
            {node.children.length === 0 ? null : (
              <ul className="pc-outline">
                {node.children.map((child) => <SectionItem key={child.section.id} node={child} depth={depth + 1} expanded={expanded} toggle={toggle} />)}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </li>
  );
}

export function DraftOutline({ sections }: { sections: readonly DraftSection[] }) {
  const { t } = useI18n();
  const tree = useMemo(() => sectionTree(sections), [sections]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(tree.map((node) => node.section.id)));
  const toggle = (id: string): void => setExpanded((current) => {
    const next = new Set(current);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  if (tree.length === 0) return <p className="pc-muted">{t('pub.outline.empty')}</p>;
  return (
    <>
      <div className="pc-actions">
        <button type="button" className="pc-button small" onClick={() => setExpanded(new Set(allSectionIds(tree)))}>{t('pub.outline.expandAll')}</button>
        <button type="button" className="pc-button small" onClick={() => setExpanded(new Set())}>{t('pub.outline.collapseAll')}</button>
      </div>
      <ul className="pc-outline root">
        {tree.map((node) => <SectionItem key={node.section.id} node={node} depth={0} expanded={expanded} toggle={toggle} />)}
      </ul>
    </>
  );
}
