/** `resolute evaluate FILE`: the document's result tables, computed statuses beside the document's own. */
import type { ExtractedIndicator } from '../../domain/document.ts';
import { evaluateDocument, extractDocument, type DocumentEvaluation } from '../../services/document.service.ts';
import type { DocumentFlags } from '../args.ts';
import type { CliIo } from '../io.ts';
import { t, type Lang } from '../messages.ts';
import { progressReporter } from '../progress.ts';
import { renderTable } from '../render/text-table.ts';

function columnTable(indicators: readonly ExtractedIndicator[], label: string, lang: Lang): string {
  const rows = indicators.flatMap((indicator) =>
    indicator.observations
      .filter((observed) => observed.label === label)
      .map((observed) => [
        indicator.code ?? '',
        indicator.name,
        indicator.unit ?? '',
        indicator.target?.text ?? '',
        observed.text,
        observed.percentText ?? '',
        observed.documentStatus ?? '',
        observed.computedStatus ?? '',
        observed.disagrees ? '≠' : '',
      ]),
  );
  return renderTable(
    [
      { header: t(lang, 'col.no'), max: 5 },
      { header: t(lang, 'col.name'), max: 56 },
      { header: t(lang, 'col.unit'), max: 14 },
      { header: t(lang, 'col.target'), max: 14, align: 'right' },
      { header: t(lang, 'col.result'), max: 14, align: 'right' },
      { header: '%', max: 8, align: 'right' },
      { header: t(lang, 'col.docStatus'), max: 10 },
      { header: t(lang, 'col.computed'), max: 14 },
      { header: '', max: 1 },
    ],
    rows,
  );
}

/** Renders every column of figures with its summary sentence and at-risk list. */
export function renderEvaluation(evaluation: DocumentEvaluation, lang: Lang): string {
  const blocks = evaluation.columns.map((column) => {
    const atRisk = column.rollup.atRisk.map((item) => `  - ${item.name}: ${item.figure ?? ''} / ${item.targetText ?? ''}`);
    return [
      `${t(lang, 'eval.column')}: ${column.label}`,
      columnTable(evaluation.indicators, column.label, lang),
      '',
      `${t(lang, 'eval.summary')}: ${column.rollup.sentence}`,
      t(lang, 'eval.disagreements', { count: column.disagreements }),
      ...(atRisk.length > 0 ? [`${t(lang, 'eval.atRisk')}:`, ...atRisk] : []),
    ].join('\n');
  });
  return [...blocks, '', t(lang, 'eval.disagreeMark')].join('\n\n');
}

/** Runs `evaluate`; returns the exit code. */
export async function runEvaluate(flags: DocumentFlags, io: CliIo): Promise<number> {
  const progress = progressReporter(io, flags.lang, flags.quiet);
  const document = await extractDocument(flags.file, progress.stage);
  const evaluation = evaluateDocument(document);
  progress.done();
  if (flags.json) {
    io.stdout(JSON.stringify({ document: document.meta, columns: evaluation.columns, indicators: evaluation.indicators }, null, 2));
  } else {
    io.stdout(renderEvaluation(evaluation, flags.lang));
  }
  return 0;
}
