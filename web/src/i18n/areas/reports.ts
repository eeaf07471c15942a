/**
 * The reports page's strings, Vietnamese first; the English keys are checked against them.
 * The preview's own words (titles, column titles, notes) come laid out from the server; the
 * extra columns' names are the documents' words, from the vocabulary the report writers use.
 */
import { APPENDIX_COLUMN } from '../../../../src/domain/vocabulary/index.ts';

export const reportsVi = {
  'nav.reports': 'Báo cáo',

  'reports.title': 'Báo cáo',
  'reports.kind': 'Loại báo cáo',
  'reports.kind.appendix': 'Phụ lục kết quả thực hiện chỉ tiêu',
  'reports.kind.summary': 'Báo cáo tóm tắt',
  'reports.kind.compare-terms': 'So sánh qua các nhiệm kỳ',
  'reports.kind.compare-orgs': 'So sánh giữa các tỉnh',
  'reports.term': 'Nhiệm kỳ',
  'reports.termOf': '{organisation}, nhiệm kỳ {congress} ({start}-{end})',
  'reports.currentTerm': 'Nhiệm kỳ (so với nhiệm kỳ trước)',
  'reports.period': 'Số liệu kỳ',
  'reports.period2': 'Kỳ thứ hai (không bắt buộc)',
  'reports.period2.none': 'Không chọn',
  'reports.columns': 'Thêm cột',
  'reports.option.nextTarget': APPENDIX_COLUMN.nextTarget,
  'reports.option.note': APPENDIX_COLUMN.note,
  'reports.orgTerms': 'Các nhiệm kỳ đem so sánh',
  'reports.orgTerms.placeholder': 'Chọn hai nhiệm kỳ trở lên',
  'reports.orgPeriod': 'Số liệu của {term}',
  'reports.orgPeriod.default': 'Kỳ gần nhất đã khóa sổ',
  'reports.orgTerms.fewer': 'Chọn ít nhất hai nhiệm kỳ (thường của hai tỉnh) để so sánh.',
  'reports.compareTerms.none': 'Chưa có nhiệm kỳ nào có nhiệm kỳ trước để so sánh.',
  'reports.noTerm': 'Chưa có nhiệm kỳ nào để lập báo cáo.',

  'reports.preview': 'Xem trước',
  'reports.previewOf': 'Xem trước: {report}',
  'reports.rows': '{count} chỉ tiêu',
  'reports.empty': 'Bảng này chưa có dòng nào.',
  'reports.notes': 'Ghi chú của báo cáo',
  'reports.changed': 'Dòng tô màu: mục tiêu nhiệm kỳ này khác mục tiêu nhiệm kỳ trước.',
  'reports.changedRow': 'Mục tiêu thay đổi',

  'reports.download': 'Tải về',
  'reports.download.as': 'Tải {report} dạng {format}',
  'reports.download.unavailable': 'Chọn đủ các thông tin trên để tải báo cáo.',
  'reports.format.xlsx': 'Bảng tính Excel',
  'reports.format.docx': 'Văn bản Word',
  'reports.format.pdf': 'PDF để in',
  'reports.format.csv': 'Dữ liệu CSV (UTF-8)',
  'reports.format.json': 'Dữ liệu JSON',
} as const;

export const reportsEn = {
  'nav.reports': 'Reports',

  'reports.title': 'Reports',
  'reports.kind': 'Report',
  'reports.kind.appendix': 'Appendix of results by indicator',
  'reports.kind.summary': 'Summary report',
  'reports.kind.compare-terms': 'Comparison across terms',
  'reports.kind.compare-orgs': 'Comparison across provinces',
  'reports.term': 'Term',
  'reports.termOf': '{organisation}, term {congress} ({start}-{end})',
  'reports.currentTerm': 'Term (against the previous term)',
  'reports.period': 'Figures as of',
  'reports.period2': 'Second period (optional)',
  'reports.period2.none': 'None',
  'reports.columns': 'Extra columns',
  'reports.option.nextTarget': 'Next term\'s target',
  'reports.option.note': 'Notes',
  'reports.orgTerms': 'Terms to compare',
  'reports.orgTerms.placeholder': 'Choose two terms or more',
  'reports.orgPeriod': 'Figures of {term}',
  'reports.orgPeriod.default': 'Latest closed period',
  'reports.orgTerms.fewer': 'Choose at least two terms (usually of two provinces) to compare.',
  'reports.compareTerms.none': 'No term has a previous term to compare with yet.',
  'reports.noTerm': 'There is no term to report on yet.',

  'reports.preview': 'Preview',
  'reports.previewOf': 'Preview: {report}',
  'reports.rows': '{count} indicators',
  'reports.empty': 'This table has no rows yet.',
  'reports.notes': 'Notes of the report',
  'reports.changed': 'Shaded rows: this term\'s target differs from the previous term\'s.',
  'reports.changedRow': 'Target changed',

  'reports.download': 'Download',
  'reports.download.as': 'Download {report} as {format}',
  'reports.download.unavailable': 'Complete the choices above to download the report.',
  'reports.format.xlsx': 'Excel workbook',
  'reports.format.docx': 'Word document',
  'reports.format.pdf': 'PDF for printing',
  'reports.format.csv': 'CSV data (UTF-8)',
  'reports.format.json': 'JSON data',
} as const satisfies Record<keyof typeof reportsVi, string>;
