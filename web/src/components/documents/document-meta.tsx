/** A document's particulars: number, date, issuer, kind, place, the original file, and the reader's warnings. */
import Alert from 'antd/es/alert';
import Descriptions from 'antd/es/descriptions';
import type { DocumentDetail } from '../../api/documents.ts';
import { documentFileUrl } from '../../api/documents.ts';
import { formatDate, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatSize, kindKey } from './document-format.ts';

/** The metadata block of the document page. */
export function DocumentMeta({ document }: { document: DocumentDetail }) {
  const { t } = useI18n();
  const file = document.storageKey === null
    ? <span className="muted">{t('document.noFile')}</span>
    : (
        <a href={documentFileUrl(document.id)} download={document.originalName} data-testid="document-download">
          {t('document.download', { name: `${document.originalName}, ${formatSize(document.size)}` })}
        </a>
      );
  const items = [
    { key: 'number', label: t('document.number'), children: document.number ?? NO_VALUE },
    { key: 'date', label: t('document.date'), children: formatDate(document.date) },
    { key: 'issuer', label: t('document.issuer'), children: document.issuer ?? NO_VALUE },
    { key: 'kind', label: t('document.kind'), children: t(kindKey(document.kind)) },
    { key: 'place', label: t('document.place'), children: document.place ?? NO_VALUE },
    { key: 'file', label: t('document.file'), children: file },
  ];
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} items={items} title={t('document.meta')} data-testid="document-meta" />
      {document.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('document.warnings')}
          description={<ul className="doc-warnings">{document.warnings.map((warning, i) => <li key={i}>{warning}</li>)}</ul>}
        />
      ) : null}
    </>
  );
}
