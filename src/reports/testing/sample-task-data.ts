/**
 * Hand-written task report data for tests: a plan of "Tỉnh Mẫu" with two areas, a task split
 * into sub-tasks, and one task in every status — done on time, done late, in progress with a
 * report, not started without one, overdue, cancelled with its reason — plus a recurring duty.
 * A fresh object on every call: a test may change it freely.
 */
import type { TaskReportData, TaskReportRow } from '../task-model.ts';
import { sampleHeader } from './sample-data.ts';

function task(id: string, parentId: string | null, level: number, title: string, extra: Partial<TaskReportRow>): TaskReportRow {
  return {
    id, parentId, number: null, level, heading: false, title, kind: 'regular', leadUnit: null, supportingUnits: [], dueDate: null, recurrence: null,
    product: null, progressPercent: 0, progressText: null, doneAt: null, cancelReason: null, status: 'not_started', daysLate: null, ...extra,
  };
}

function heading(id: string, parentId: string | null, level: number, number: string, title: string): TaskReportRow {
  return task(id, parentId, level, title, { number, heading: true, status: null });
}

/** The sample plan as of 01/03/2026: 8 tasks — 1 done on time, 1 done late, 2 in progress, 1 not started, 2 overdue, 1 cancelled. */
export function sampleTaskReportData(): TaskReportData {
  return {
    header: sampleHeader(),
    organisationName: 'Tỉnh Mẫu',
    plan: { id: 'plan-1', title: 'Kế hoạch thực hiện Nghị quyết Đại hội nhiệm kỳ 2025-2030', number: '12-KH/TU', date: '2026-01-05', status: 'published' },
    asOf: '2026-03-01',
    rows: [
      heading('a1', null, 0, 'I', 'Nhiệm vụ trọng tâm'),
      task('t1', 'a1', 1, 'Xây dựng đề án phát triển vùng chè', {
        number: '1', kind: 'project', leadUnit: 'Sở Nông nghiệp', supportingUnits: ['Sở Tài chính', 'Sở Công Thương'], dueDate: '2026-06-30',
        product: 'Đề án', progressPercent: 60, progressText: 'Đã trình dự thảo đề án.', status: 'in_progress',
      }),
      task('t2', 'a1', 1, 'Nâng chất lượng khám chữa bệnh tuyến xã', {
        number: '2', leadUnit: 'Sở Y tế', dueDate: '2026-02-17', progressPercent: 30, progressText: 'Đang khảo sát các trạm.', status: 'overdue', daysLate: 12,
      }),
      task('t3', 'a1', 1, 'Rà soát quy hoạch ba loại rừng', { number: '3', leadUnit: 'Sở Nông nghiệp', dueDate: '2026-01-31', doneAt: '2026-01-20', progressPercent: 100, status: 'done' }),
      task('t4', 'a1', 1, 'Ban hành quy chế phối hợp', { number: '4', leadUnit: 'Văn phòng', dueDate: '2026-01-15', doneAt: '2026-01-25', progressPercent: 100, progressText: 'Đã ban hành.', status: 'done_late', daysLate: 10 }),
      heading('a2', null, 0, 'II', 'Các khâu đột phá'),
      heading('b1', 'a2', 1, '1', 'Đột phá về hạ tầng'),
      task('t5', 'b1', 2, 'Đường nối trung tâm tỉnh với cửa khẩu', { kind: 'breakthrough', leadUnit: 'Sở Giao thông vận tải', dueDate: '2028-12-31', status: 'not_started' }),
      task('t6', 'b1', 2, 'Cải tạo quốc lộ qua các xã biên giới', { kind: 'breakthrough', leadUnit: 'Sở Giao thông vận tải', dueDate: '2026-02-27', status: 'overdue', daysLate: 2 }),
      task('t7', 'a2', 1, 'Báo cáo tiến độ thực hiện', {
        kind: 'report_duty', leadUnit: 'Sở Kế hoạch và Đầu tư', dueDate: '2026-03-31', recurrence: { every: 'quarter', day: null, text: 'hằng quý' },
        progressPercent: 25, status: 'in_progress',
      }),
      task('t8', 'a2', 1, 'Chương trình du lịch cộng đồng', { kind: 'key_programme', leadUnit: 'Sở Văn hóa', status: 'cancelled', cancelReason: 'Gộp vào chương trình chung của tỉnh.' }),
    ],
  };
}
