/** `resolute extract FILE`: what the reader found in a document. */
import type { StructuredDocument } from '../../domain/document.ts';
import { describeTarget } from '../../domain/target-describe.ts';
import { formatVnDate } from '../../domain/vn-date.ts';
import { DOCUMENT_KIND_LABEL } from '../../domain/vocabulary/index.ts';
import { extractDocument } from '../../services/document.service.ts';
import { toExtractJson } from '../../services/extract-json.ts';
import type { DocumentFlags } from '../args.ts';
import type { CliIo } from '../io.ts';
import { t, type Lang } from '../messages.ts';
import { progressReporter } from '../progress.ts';
import { renderTable } from '../render/text-table.ts';

function field(lang: Lang, label: string, value: string | null): string {
  return `${label}: ${value ?? t(lang, 'none')}`;
}

/** The metadata block printed above the indicator table. */
export function renderSummary(document: StructuredDocument, lang: Lang): string {
  const { meta } = document;
  const depth = Math.max(0, ...document.sections.map((section) => section.level));
  const listed = document.indicators.filter((indicator) => indicator.source === 'target_list').length;
  const lines = [
    field(lang, t(lang, 'doc.title'), meta.title),
    field(lang, t(lang, 'doc.kind'), DOCUMENT_KIND_LABEL[meta.kind]),
    field(lang, t(lang, 'doc.issuer'), meta.issuer),
    field(lang, t(lang, 'doc.number'), meta.number),
    field(lang, t(lang, 'doc.date'), meta.date ? formatVnDate(meta.date) : null),
    field(lang, t(lang, 'doc.place'), meta.place),
    field(lang, t(lang, 'doc.term'), meta.term ? `${meta.term.start}-${meta.term.end}` : null),
    field(lang, t(lang, 'doc.outline'), t(lang, 'doc.outlineValue', { count: document.sections.length, depth })),
    field(lang, t(lang, 'doc.footnotes'), String(document.footnotes.length)),
    field(lang, t(lang, 'doc.tables'), String(document.tables.length)),
    field(
      lang,
      t(lang, 'doc.indicators'),
      t(lang, 'doc.indicatorsValue', { total: document.indicators.length, listed, tabled: document.indicators.length - listed }),
    ),
  ];
  if (document.warnings.length > 0) {
    lines.push(`${t(lang, 'doc.warnings')}:`, ...document.warnings.map((warning) => `  - ${warning}`));
  }
  return lines.join('\n');
}

/** The indicator table: one row per component indicator, with its source line. */
export function renderIndicators(document: StructuredDocument, lang: Lang): string {
  const rows = document.indicators.map((indicator) => [
    indicator.code ?? '',
    indicator.group ?? '',
    indicator.name,
    indicator.unit ?? indicator.target?.unit ?? '',
    indicator.target?.text ?? '',
    indicator.target ? describeTarget(indicator.target) : '',
    indicator.nextTarget?.text ?? '',
    String(indicator.line),
  ]);
  return renderTable(
    [
      { header: t(lang, 'col.no'), max: 5 },
      { header: t(lang, 'col.group'), max: 22 },
      { header: t(lang, 'col.name'), max: 60 },
      { header: t(lang, 'col.unit'), max: 16 },
      { header: t(lang, 'col.target'), max: 24 },
      { header: t(lang, 'col.meaning'), max: 30 },
      { header: t(lang, 'col.next'), max: 14 },
      { header: t(lang, 'col.line'), align: 'right' },
    ],
    rows,
  );
}

/** Runs `extract`; returns the exit code. */
export async function runExtract(flags: DocumentFlags, io: CliIo): Promise<number> {
  const progress = progressReporter(io, flags.lang, flags.quiet);
  const document = await extractDocument(flags.file, progress.stage);
  progress.done();
  if (flags.json) {
    io.stdout(JSON.stringify(toExtractJson(document, { file: flags.file }), null, 2));
  } else {
    io.stdout(renderSummary(document, flags.lang));
    if (document.indicators.length > 0) io.stdout(`\n${renderIndicators(document, flags.lang)}`);
  }
  if (document.indicators.length === 0) {
    io.stderr(t(flags.lang, 'noIndicators'));
    return 2;
  }
  return 0;
}
