/**
 * The words the report services put into report data (src/services/report*.ts): who issues
 * a report (the header block's bodies), the notes that explain where a filed report's own
 * status word differs from ours, and the curated table that matches the same indicator
 * across provinces. The report builders' own column titles and phrases are
 * in report-table.ts.
 */

/** The bodies of a header block, by the kind of the organisation whose term it reports on. */
export const ISSUER_WORD = {
  /** "ĐẢNG BỘ TỈNH LAI CHÂU": the Party organisation of a province, above its committee. */
  partyOrganisation: (organisationUpper: string) => `ĐẢNG BỘ ${organisationUpper}`,
  /** The Party committee of a province. */
  provincialCommittee: 'TỈNH ỦY',
  /** "UBND TỈNH LAI CHÂU": the People's Committee above a department. */
  peoplesCommittee: (organisationUpper: string) => `UBND ${organisationUpper}`,
} as const;

/** Administrative prefixes left out of the place name of the date line ("Tỉnh Lai Châu" → "Lai Châu"). */
export const PLACE_PREFIXES: readonly string[] = ['Tỉnh', 'Thành phố', 'Huyện', 'Thị xã', 'Quận', 'Xã', 'Phường', 'Thị trấn'];

/** The group of indicators the framework put in no group. */
export const UNGROUPED_NAME = 'Chỉ tiêu khác';

/** The word of the count of indicators that have no status (no figure, or no target to judge it by). */
export const UNEVALUATED_WORD = 'Chưa đánh giá được';

/**
 * The note for a row where a filed report's own status word differs from ours. `document`
 * names the report, `figure` is its figure as written, `period` our period's label.
 */
export const DISAGREEMENT_NOTE = {
  /** The report's word against our status for the same period. */
  againstData: (p: { name: string; period: string; document: string; line: number; word: string; figure: string; ours: string }) =>
    `${p.name} (${p.period}): ${p.document} (dòng ${p.line}) ghi "${p.word}" với kết quả ${p.figure}; theo số liệu và quy tắc đánh giá là "${p.ours}".`,
  /** Added when the report's word also contradicts its own figure against its own target. */
  againstOwnFigure: (own: string) => ` Đối chiếu chính kết quả của báo cáo với mục tiêu cũng cho "${own}".`,
  /** A filed report named by its number and date ("Báo cáo số 443-BC/TU ngày 03/11/2023"). */
  numbered: (number: string, date: string | null) => `Báo cáo số ${number}${date === null ? '' : ` ngày ${date}`}`,
  /** A report without a number or a title. */
  untitled: 'Báo cáo đã lưu',
} as const;

/**
 * One indicator that provinces set in different words, for the comparison across provinces.
 * `include`: folded phrases (no diacritics, "đ" as "d", lower case), one of which the folded
 * indicator name must contain; `exclude`: phrases it must not contain; `units`: folded units
 * it may have (any when absent).
 */
export interface ComparisonRule {
  key: string;
  /** The row's name in the report. */
  name: string;
  /** The row's unit in the report. */
  unit: string | null;
  include: readonly string[];
  exclude?: readonly string[];
  units?: readonly string[];
}

/** The curated rows, in report order. */
export const COMPARISON_RULES: readonly ComparisonRule[] = [
  { key: 'grdp-growth', name: 'Tốc độ tăng trưởng GRDP', unit: '%', include: ['tang truong grdp'], exclude: ['nong', 'cong nghiep', 'dich vu', 'thue'] },
  { key: 'grdp-per-capita', name: 'GRDP bình quân đầu người', unit: 'triệu đồng', include: ['grdp binh quan dau nguoi', 'binh quan grdp/dau nguoi', 'grdp/nguoi'], units: ['trieu dong'] },
  { key: 'structure-agriculture', name: 'Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản', unit: '%', include: ['co cau kinh te: nong', 'co cau kinh te: khu vuc nong', 'co cau grdp: nong'] },
  { key: 'structure-industry', name: 'Cơ cấu kinh tế: công nghiệp, xây dựng', unit: '%', include: ['co cau kinh te: cong nghiep', 'co cau grdp: cong nghiep'] },
  { key: 'structure-services', name: 'Cơ cấu kinh tế: dịch vụ', unit: '%', include: ['co cau kinh te: dich vu', 'co cau kinh te: nganh dich vu', 'co cau grdp: dich vu'] },
  { key: 'budget-revenue', name: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', include: ['thu ngan sach tren dia ban', 'thu ngan sach nha nuoc tren dia ban'] },
  { key: 'grain-output', name: 'Tổng sản lượng lương thực', unit: 'nghìn tấn', include: ['san luong luong thuc'] },
  { key: 'ntm-communes', name: 'Tỷ lệ xã đạt chuẩn nông thôn mới', unit: '%', include: ['xa dat chuan nong thon moi', 'xa dat chuan va co ban dat chuan nong thon moi', 'xa dat tieu chuan nong thon moi'], exclude: ['nang cao', 'kieu mau'], units: ['%'] },
  { key: 'forest-cover', name: 'Tỷ lệ che phủ rừng', unit: '%', include: ['che phu rung'] },
  { key: 'electricity', name: 'Tỷ lệ hộ dân được sử dụng điện', unit: '%', include: ['ho dan duoc su dung dien', 'ho duoc dung dien'] },
  { key: 'rural-clean-water', name: 'Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh', unit: '%', include: ['nong thon duoc su dung nuoc', 'nong thon duoc cung cap nuoc'] },
  { key: 'urban-clean-water', name: 'Tỷ lệ dân số đô thị được sử dụng nước sạch', unit: '%', include: ['do thi duoc cung cap nuoc sach', 'thanh thi duoc su dung nuoc sach', 'thanh thi duoc cung cap nuoc sach'] },
  { key: 'national-standard-schools', name: 'Tỷ lệ trường đạt chuẩn quốc gia', unit: '%', include: ['truong chuan quoc gia', 'truong dat chuan quoc gia', 'truong hoc dat chuan quoc gia'] },
  { key: 'doctors', name: 'Số bác sỹ/1 vạn dân', unit: 'bác sỹ/1 vạn dân', include: ['bac sy/1 van dan', 'bac si/ 1 van dan', 'bac si/1 van dan'] },
  { key: 'underweight', name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân', unit: '%', include: ['suy dinh duong the nhe can', 'suy dinh duong (can nang theo tuoi)'] },
  { key: 'poverty-reduction', name: 'Mức giảm tỷ lệ hộ nghèo', unit: '%', include: ['muc giam ty le ho ngheo'], exclude: ['huyen ngheo'] },
  { key: 'poverty-rate', name: 'Tỷ lệ hộ nghèo', unit: '%', include: ['ty le ho ngheo'], exclude: ['muc giam', 'huyen ngheo'] },
  { key: 'jobs', name: 'Số lao động được giải quyết việc làm', unit: 'lao động/năm', include: ['giai quyet viec lam', 'tao viec lam'] },
  { key: 'vocational-training', name: 'Đào tạo nghề cho lao động', unit: 'lao động/năm', include: ['dao tao nghe cho lao dong', 'dao tao giao duc nghe nghiep'] },
  { key: 'trained-labour', name: 'Tỷ lệ lao động qua đào tạo', unit: '%', include: ['ty le lao dong qua dao tao'], exclude: ['van bang', 'chung chi', 'bang cap'] },
  { key: 'cultured-households', name: 'Tỷ lệ hộ gia đình đạt chuẩn văn hóa', unit: '%', include: ['ho gia dinh dat chuan van hoa', 'ho gia dinh dat tieu chuan van hoa', 'ho gia dinh van hoa'] },
  { key: 'urban-waste', name: 'Tỷ lệ chất thải rắn đô thị được thu gom', unit: '%', include: ['chat thai ran sinh hoat do thi', 'chat thai ran o do thi'] },
  { key: 'new-party-members', name: 'Kết nạp đảng viên mới', unit: 'đảng viên', include: ['ket nap dang vien'], exclude: ['ty le'] },
];
