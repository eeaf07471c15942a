/**
 * Importing a sheet of comments (XLSX or CSV) gathered elsewhere, with the channel they came
 * through. The expected columns are named as the server reads them; after the import the
 * counts (imported, duplicates found, spam) and each refused row with its messages are shown.
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Select from 'antd/es/select';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { COMMENT_SHEET_HEADERS, CHANNEL_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import { ApiError } from '../../api/client.ts';
import { importComments, invalidateConsultation } from '../../api/consultations.ts';
import type { ImportResult, OfflineChannel } from '../../api/consultations.ts';
import { errorText } from '../../app/error-text.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { I18n } from '../../i18n/i18n-context.tsx';
import { formatSize } from '../documents/document-format.ts';

const ACCEPT = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CHANNELS: readonly OfflineChannel[] = ['import', 'meeting', 'paper'];
/** The columns a sheet may have, by their first header (the row number column is left out). */
const COLUMNS = Object.entries(COMMENT_SHEET_HEADERS).filter(([column]) => column !== 'number').map(([, headers]) => headers[0]);

/** A sentence of our own for the refusals a sheet meets (the documents' own speak of TXT, DOCX and PDF); else the server's. */
function importErrorText(error: unknown, t: I18n['t']): string {
  if (!(error instanceof ApiError)) return errorText(error, t);
  const limit = error.details.limit;
  switch (error.code) {
    case 'unsupported':
    case 'binary':
      return t('consultations.import.unsupported');
    case 'corrupt':
      return t('consultations.import.corrupt');
    case 'empty':
      return t('consultations.import.empty');
    case 'too_large':
    case 'body_too_large':
      return t('consultations.import.tooLarge', { limit: typeof limit === 'number' ? formatSize(limit) : '' });
    default:
      return errorText(error, t);
  }
}

/** The import form and its result. */
export function CommentImportForm({ consultationId }: { consultationId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [channel, setChannel] = useState<OfflineChannel>('import');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setError(t('consultations.import.noFile'));
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await importComments(consultationId, file, channel));
      if (input.current !== null) input.current.value = '';
      invalidateConsultation(queryClient, consultationId);
    } catch (failure) {
      setError(importErrorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="consultation-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('consultations.import.title')}</h2>
      <p className="muted">{t('consultations.import.hint', { columns: COLUMNS.join('; ') })}</p>
      <form className="consultation-form-row" onSubmit={(event) => void submit(event)}>
        <label className="field" htmlFor="import-file">
          <span>{t('consultations.import.file')}</span>
          <input ref={input} id="import-file" type="file" accept={ACCEPT} name="file" disabled={busy} />
        </label>
        <label className="field">
          <span>{t('consultations.import.channel')}</span>
          <Select<OfflineChannel> aria-label={t('consultations.import.channel')} className="consultation-select" value={channel} onChange={setChannel} options={CHANNELS.map((code) => ({ value: code, label: CHANNEL_WORD[code] }))} popupMatchSelectWidth={false} />
        </label>
        <Button type="primary" htmlType="submit" loading={busy}>{t('consultations.import.submit')}</Button>
      </form>
      <div aria-live="polite">
        {error === null ? null : <Alert type="error" showIcon role="alert" title={error} />}
        {result === null ? null : <ImportSummary result={result} />}
      </div>
    </section>
  );
}

/** What an import did: counts, then the refused rows with their messages. */
function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  return (
    <div className="import-result" role="status">
      <p>
        {t('consultations.import.result', {
          imported: formatNumber(result.imported, 0), refused: formatNumber(result.refused.length, 0),
          duplicates: formatNumber(result.duplicatesFound, 0), spam: formatNumber(result.spam, 0),
        })}
      </p>
      {result.refused.length === 0 ? null : (
        <>
          <h3>{t('consultations.import.refusedTitle')}</h3>
          <ul className="import-refused">
            {result.refused.map((row) => (
              <li key={row.row}>
                <strong>{t('consultations.import.row', { row: row.row })}</strong>
                {` ${row.messages.join(' ')}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
