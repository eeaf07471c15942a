/**
 * A hand-made laid-out document for the format writers' tests: a landscape appendix of a
 * made-up province ("Tỉnh Mẫu") with the Party header block, a title, two paragraphs, one
 * table (TT, Chỉ tiêu, ĐVT, Mục tiêu and two period groups of three columns each) with group,
 * item, component, subtotal and highlighted rows, every kind of cell, more than 60 rows so it
 * breaks across pages, and notes. The figures are invented; `SAMPLE_DOCUMENT_FACTS` names the
 * ones the tests look for. Each call returns a fresh object.
 */
import type { StatusCode } from '../../domain/vocabulary/index.ts';
import { STATUS_WORD } from '../../domain/vocabulary/index.ts';
import type { Cell, Column, ColumnGroup, ReportDocument, TableRow } from '../model.ts';

/** Texts and figures the tests expect to find, as the writers must print them. */
export const SAMPLE_DOCUMENT_FACTS = {
  title: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  firstIndicator: 'Tốc độ tăng trưởng GRDP',
  diacriticNames: ['GRDP bình quân đầu người', 'Nông, lâm nghiệp, thủy sản', 'Tỷ lệ che phủ rừng', 'Số xã đạt chuẩn nông thôn mới'],
  /** 1234.5 with one decimal, in the first period's result column. */
  number: { value: 1234.5, text: '1.234,5' },
  /** 73.1 percent points. */
  percent: { value: 73.1, text: '73,1%' },
  groupTitle: 'Ước thực hiện giai đoạn 2021 - 2023',
  resultTitle: 'Kết quả đạt được',
  /** Header row 1 and 2 of the table, leaf by leaf. */
  leafTitles: [
    'TT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu Nghị quyết Đại hội',
    'Kết quả đạt được', 'Tỷ lệ % so với mục tiêu', 'So sánh với mục tiêu',
    'Kết quả đạt được', 'Tỷ lệ % so với mục tiêu', 'So sánh với mục tiêu',
  ],
  note: 'Ghi chú: số liệu năm 2023 là số ước thực hiện.',
} as const;

const text = (value: string): Cell => ({ kind: 'text', text: value });
const num = (value: number, decimals: number): Cell => ({ kind: 'number', value, decimals });
const pct = (value: number, decimals = 1): Cell => ({ kind: 'percent', value, decimals });
const status = (code: StatusCode): Cell => ({ kind: 'status', status: code, word: STATUS_WORD[code] });

function leaf(key: string, title: string, width: number, align: Column['align']): Column {
  return { key, title, width, align };
}

function periodGroup(prefix: string, title: string): ColumnGroup {
  return {
    title,
    columns: [
      leaf(`${prefix}Value`, 'Kết quả đạt được', 9, 'right'),
      leaf(`${prefix}Percent`, 'Tỷ lệ % so với mục tiêu', 9, 'right'),
      leaf(`${prefix}Status`, 'So sánh với mục tiêu', 10, 'center'),
    ],
  };
}

/** A result pair: value, percent (or empty) and status for one period. */
function period(prefix: 'p1' | 'p2', value: Cell, percent: Cell | null, code: StatusCode | null): Record<string, Cell> {
  return {
    [`${prefix}Value`]: value,
    [`${prefix}Percent`]: percent ?? { kind: 'empty' },
    [`${prefix}Status`]: code === null ? { kind: 'empty' } : status(code),
  };
}

function item(number: string, name: string, unit: string, target: string, p1: Record<string, Cell>, p2: Record<string, Cell>): TableRow {
  return { kind: 'item', cells: { tt: text(number), name: text(name), unit: text(unit), target: text(target), ...p1, ...p2 } };
}

function component(name: string, unit: string, target: string, p1: Record<string, Cell>, p2: Record<string, Cell>): TableRow {
  return { kind: 'component', cells: { tt: { kind: 'empty' }, name: text(`+ ${name}`), unit: text(unit), target: text(target), ...p1, ...p2 } };
}

function group(numeral: string, name: string): TableRow {
  return { kind: 'group', cells: { tt: text(numeral), name: text(name) } };
}

/** Names for the filler rows that make the table long; each with diacritics. */
const FILLER_NAMES = [
  'Tỷ lệ trường đạt chuẩn quốc gia', 'Số bác sĩ trên một vạn dân', 'Tỷ lệ dân số tham gia bảo hiểm y tế',
  'Tỷ lệ hộ dùng nước hợp vệ sinh', 'Diện tích cây ăn quả tập trung', 'Tổng thu ngân sách trên địa bàn',
  'Số doanh nghiệp thành lập mới', 'Tỷ lệ thôn, bản có đường ô tô đến trung tâm', 'Tỷ lệ chất thải rắn được thu gom',
  'Số lượt khách du lịch', 'Giá trị sản xuất công nghiệp', 'Tỷ lệ lao động qua đào tạo',
];

function fillerRows(start: number, count: number): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${FILLER_NAMES[i % FILLER_NAMES.length] ?? 'Chỉ tiêu'} (nhóm ${Math.floor(i / FILLER_NAMES.length) + 1})`;
    const value = 40 + ((i * 7) % 55) + 0.25 * (i % 4);
    const code: StatusCode = i % 5 === 0 ? 'exceeded' : i % 3 === 0 ? 'not_yet' : 'achieved';
    const row = item(String(start + i), name, '%', `≥ ${50 + (i % 40)}`,
      period('p1', num(value, 2), pct((value / (50 + (i % 40))) * 100), code),
      period('p2', num(value + 3, 2), i % 6 === 0 ? null : pct(((value + 3) / (50 + (i % 40))) * 100), i % 7 === 0 ? null : 'achieved'));
    rows.push(i % 9 === 4 ? { ...row, highlight: true } : row);
  }
  return rows;
}

/** The sample appendix document (landscape, Party header, 70 body rows). */
export function sampleDocument(): ReportDocument {
  const rows: TableRow[] = [
    group('I', 'Các chỉ tiêu về kinh tế'),
    item('1', 'Tốc độ tăng trưởng GRDP', '%', '9-10', period('p1', num(3.91, 2), null, 'not_yet'), period('p2', num(6.14, 2), null, 'at_risk')),
    item('2', 'GRDP bình quân đầu người', 'Triệu đồng', '65', period('p1', num(47.5, 1), pct(73.1), 'not_yet'), period('p2', num(58.7, 1), pct(90.4), 'at_risk')),
    item('3', 'Cơ cấu kinh tế', '', '', {}, {}),
    component('Nông, lâm nghiệp, thủy sản', '%', '12,44', period('p1', num(15.16, 2), null, 'not_yet'), period('p2', num(14.29, 2), null, 'at_risk')),
    component('Công nghiệp, xây dựng', '%', '42,42', period('p1', num(38.03, 2), null, 'not_yet'), period('p2', num(42.18, 2), null, 'achieved')),
    item('4', 'Tổng sản lượng lương thực có hạt', 'Nghìn tấn', '≥ 1.200', period('p1', num(1234.5, 1), pct(102.9), 'exceeded'), period('p2', num(1250, 0), pct(104.2, 1), 'exceeded')),
    group('II', 'Các chỉ tiêu về xã hội'),
    item('5', 'Số xã đạt chuẩn nông thôn mới', 'Xã', '45', period('p1', num(38, 0), pct(84.4), 'not_yet'), period('p2', text('Hoàn thành'), null, 'achieved')),
    item('6', 'Giảm tỷ lệ hộ nghèo bình quân', '%/năm', '3-4', period('p1', num(4.2, 1), null, 'exceeded'), period('p2', { kind: 'empty' }, null, null)),
    group('III', 'Các chỉ tiêu về môi trường'),
    { ...item('7', 'Tỷ lệ che phủ rừng', '%', '53', period('p1', num(51.12, 2), pct(96.5), 'not_yet'), period('p2', num(53, 0), pct(100, 0), 'on_track')), highlight: true },
    group('IV', 'Các chỉ tiêu khác'),
    ...fillerRows(8, 56),
    { kind: 'subtotal', cells: { name: text('Tổng số chỉ tiêu đạt và vượt'), p1Value: num(41, 0), p2Value: num(49, 0) } },
  ];
  return {
    fileStem: 'phu-luc-ket-qua-chi-tieu-mau-2023',
    header: { layout: 'party', parentIssuer: 'ĐẢNG BỘ TỈNH MẪU', issuer: 'TỈNH ỦY', number: 'Số 12-BC/TU', place: 'Mẫu', date: '2023-11-03' },
    kindLine: 'PHỤ LỤC',
    title: ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU LẦN THỨ XIV, NHIỆM KỲ 2020-2025'],
    subtitle: '(Kèm theo Báo cáo số 12-BC/TU ngày 03/11/2023 của Tỉnh ủy Mẫu)',
    paragraphs: [
      { text: 'Bảng dưới đây tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của Nghị quyết Đại hội theo hai mốc đánh giá: ước thực hiện giai đoạn 2021 - 2023 và ước thực hiện cả nhiệm kỳ 2020 - 2025. Số liệu được lấy từ báo cáo của các sở, ngành và đã được đối chiếu với mục tiêu đề ra.' },
      { text: 'Các chỉ tiêu được đánh giá theo quy tắc thống nhất: Vượt, Đạt, Chưa đạt, Khó đạt và Theo lộ trình.', style: 'list' },
    ],
    tables: [{
      caption: 'Bảng 1. Kết quả thực hiện các chỉ tiêu',
      columns: [
        leaf('tt', 'TT', 4, 'center'),
        leaf('name', 'Chỉ tiêu', 30, 'left'),
        leaf('unit', 'ĐVT', 8, 'center'),
        leaf('target', 'Mục tiêu Nghị quyết Đại hội', 10, 'center'),
        periodGroup('p1', 'Ước thực hiện giai đoạn 2021 - 2023'),
        periodGroup('p2', 'Ước thực hiện giai đoạn 2020 - 2025'),
      ],
      rows,
    }],
    notes: [SAMPLE_DOCUMENT_FACTS.note, 'Chỉ tiêu "Tỷ lệ che phủ rừng" được tô màu vì mục tiêu đã thay đổi.'],
    orientation: 'landscape',
  };
}
