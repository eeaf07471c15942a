/**
 * Choosing a stored draft document: a term (of the organisations given, the most recent
 * first) and one of its documents (drafts first, each with its kind and date). Used to open a
 * consultation and to link a draft's next version.
 */
import Select from 'antd/es/select';
import { useState } from 'react';
import { useTermDocuments } from '../../api/documents.ts';
import { useDirectory } from '../../api/queries.ts';
import { sortTerms } from '../../app/term-period.ts';
import { formatDate } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { kindKey } from '../documents/document-format.ts';
import { draftsFirst } from './consultation-model.ts';

export interface DocumentChoiceProps {
  /** Prefix of the fields' ids (two choosers may share a page). */
  idPrefix: string;
  /** Only the terms of these organisations; all readable terms when empty. */
  organisationIds: readonly string[];
  value: string | null;
  /** The chosen document and its title (to propose as the consultation's title). */
  onChange: (documentId: string | null, title: string | null) => void;
  invalid?: boolean;
  disabled?: boolean;
}

/** A term select and a document select. */
export function DocumentChoice({ idPrefix, organisationIds, value, onChange, invalid = false, disabled = false }: DocumentChoiceProps) {
  const { t } = useI18n();
  const directory = useDirectory();
  const all = sortTerms(directory.data?.terms ?? []);
  const mine = all.filter((term) => organisationIds.includes(term.organisationId));
  const terms = mine.length > 0 ? mine : all;
  const [chosenTerm, setChosenTerm] = useState<string | null>(null);
  const termId = chosenTerm ?? terms[0]?.id ?? null;
  const documents = useTermDocuments(termId);
  const list = draftsFirst(documents.data ?? []);
  const organisationName = (id: string): string => directory.data?.organisations.find((organisation) => organisation.id === id)?.name ?? '';
  const showOrganisation = new Set(terms.map((term) => term.organisationId)).size > 1;

  return (
    <>
      <label className="field" htmlFor={`${idPrefix}-term`}>
        <span>{t('select.term')}</span>
        <Select<string>
          id={`${idPrefix}-term`}
          aria-label={t('select.term')}
          className="consultation-term-select"
          value={termId ?? undefined}
          loading={directory.isPending}
          disabled={disabled}
          onChange={(term) => {
            setChosenTerm(term);
            onChange(null, null);
          }}
          options={terms.map((term) => ({
            value: term.id,
            label: `${t('term.label', { congress: term.congress, start: term.startYear, end: term.endYear })}${showOrganisation ? ` — ${organisationName(term.organisationId)}` : ''}`,
          }))}
          popupMatchSelectWidth={false}
        />
      </label>
      <label className="field consultation-document-field" htmlFor={`${idPrefix}-document`}>
        <span>{t('consultations.field.document')}</span>
        <Select<string>
          id={`${idPrefix}-document`}
          aria-label={t('consultations.field.document')}
          showSearch
          optionFilterProp="label"
          value={value ?? undefined}
          status={invalid ? 'error' : ''}
          loading={documents.isPending && termId !== null}
          disabled={disabled}
          placeholder={t('consultations.field.documentPlaceholder')}
          notFoundContent={documents.isError ? t('state.error') : t('consultations.field.noDocuments')}
          onChange={(documentId) => {
            const document = list.find((item) => item.id === documentId);
            onChange(documentId, document?.title ?? null);
          }}
          options={list.map((document) => ({
            value: document.id,
            label: `${document.title ?? document.originalName} — ${t(kindKey(document.kind))}${document.date === null ? '' : `, ${formatDate(document.date)}`}`,
          }))}
          popupMatchSelectWidth={false}
        />
      </label>
    </>
  );
}
