/** The document's outline as a tree (keyboard: arrows move, Enter opens); choosing a heading goes to its line. */
import Tree from 'antd/es/tree';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import type { DocumentSection } from '../../api/documents.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { outlineTree, type OutlineNode } from './document-model.ts';

function toData(nodes: readonly OutlineNode[]): DataNode[] {
  return nodes.map((node) => ({ key: node.key, title: node.title, children: toData(node.children) }));
}

/** The outline; `onGo` receives the original line of the chosen heading. */
export function DocumentOutline({ sections, onGo }: { sections: readonly DocumentSection[]; onGo: (line: number) => void }) {
  const { t } = useI18n();
  const { data, lineOf } = useMemo(() => {
    const tree = outlineTree(sections);
    const lines = new Map<string, number>();
    const walk = (nodes: readonly OutlineNode[]): void => {
      for (const node of nodes) {
        lines.set(node.key, node.line);
        walk(node.children);
      }
    };
    walk(tree);
    return { data: toData(tree), lineOf: lines };
  }, [sections]);
  if (sections.length === 0) return <p className="muted">{t('document.noOutline')}</p>;
  return (
    <Tree
      className="doc-outline-tree"
      treeData={data}
      defaultExpandAll
      blockNode
      selectable
      aria-label={t('document.outline')}
      onSelect={(_keys, info) => {
        const line = lineOf.get(String(info.node.key));
        if (line !== undefined) onGo(line);
      }}
    />
  );
}
