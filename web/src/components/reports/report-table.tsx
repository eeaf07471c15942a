/**
 * One table of a laid-out report, whatever the report: antd Table with the column groups as
 * grouped headers, group rows across the table (their first column, then their second column's
 * text over the rest), component rows indented, subtotals bold, highlighted rows shaded,
 * figures right-aligned, statuses as tags in the app's status colours with the document's word.
 */
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import type { ColumnType, ColumnsType } from 'antd/es/table';
import type { TdHTMLAttributes } from 'react';
import type { LayoutCell, LayoutColumn, LayoutRow, LayoutTable } from '../../api/reports.ts';
import { STATUS_COLOR } from '../../format/status-style.ts';
import { cellOf, cellSpan, cellText, columnPixels, isColumnGroup, isFigure, labelColumn, leafColumns } from './report-cells.ts';

/** A row with its position, the table's row key. */
interface KeyedRow extends LayoutRow {
  key: number;
}

function CellContent({ cell }: { cell: LayoutCell }) {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'status':
      return <Tag color={STATUS_COLOR[cell.status]}>{cell.word}</Tag>;
    case 'number':
    case 'percent':
      return <span className="report-figure">{cellText(cell)}</span>;
    case 'text':
      return <>{cell.text}</>;
  }
}

export interface ReportTableProps {
  table: LayoutTable;
  /** The table's accessible name. */
  caption: string;
  /** Read out after the label cell of a highlighted row ("Mục tiêu thay đổi"); none: nothing is read. */
  highlightLabel?: string;
}

function leaf(column: LayoutColumn, position: number, leaves: readonly LayoutColumn[], highlightLabel: string | undefined): ColumnType<KeyedRow> {
  const isLabel = column === labelColumn(leaves);
  return {
    key: column.key,
    title: column.title,
    align: column.align,
    width: columnPixels(column.width),
    render: (_: unknown, row: KeyedRow) => (
      <>
        {/* A group row's second cell shows its own text across the rest of the table. */}
        <CellContent cell={cellOf(row, column)} />
        {row.highlight === true && isLabel && highlightLabel !== undefined ? <span className="report-visually-hidden"> ({highlightLabel})</span> : null}
      </>
    ),
    onCell: (row: KeyedRow): TdHTMLAttributes<HTMLTableCellElement> => {
      const span = cellSpan(row, position, leaves.length);
      if (span === 0) return { colSpan: 0 };
      const classes = [
        span > 1 ? 'report-group-cell' : '',
        // As in the files: a component's left-aligned text (its name) is indented under its item.
        row.kind === 'component' && column.align === 'left' ? 'report-indent' : '',
        isFigure(cellOf(row, column)) ? 'report-figure-cell' : '',
      ].filter((name) => name !== '');
      return { ...(span > 1 ? { colSpan: span } : {}), ...(classes.length > 0 ? { className: classes.join(' ') } : {}) };
    },
  };
}

/** The antd columns of a table, grouped under their merged titles. */
function tableColumns(table: LayoutTable, highlightLabel: string | undefined): ColumnsType<KeyedRow> {
  const leaves = leafColumns(table.columns);
  let position = 0;
  return table.columns.map((column, i) => {
    if (!isColumnGroup(column)) return leaf(column, position++, leaves, highlightLabel);
    return { key: `group-${i}`, title: column.title, align: 'center', children: column.columns.map((child) => leaf(child, position++, leaves, highlightLabel)) };
  });
}

function rowClass(row: KeyedRow): string {
  return `report-row report-row-${row.kind}${row.highlight === true ? ' report-row-highlight' : ''}`;
}

/** A table of a report, unpaginated (a report's table is some tens of rows), with its header kept in view. */
export function ReportTable({ table, caption, highlightLabel }: ReportTableProps) {
  const width = leafColumns(table.columns).reduce((sum, column) => sum + columnPixels(column.width), 0);
  return (
    <Table<KeyedRow>
      className="report-table"
      data-testid="report-table"
      aria-label={caption}
      columns={tableColumns(table, highlightLabel)}
      dataSource={table.rows.map((row, key) => ({ ...row, key }))}
      rowKey="key"
      rowClassName={rowClass}
      size="small"
      bordered
      pagination={false}
      sticky
      scroll={{ x: width }}
    />
  );
}
