/**
 * Administration words: the names of roles, of the kinds of organisation and of the kinds
 * of reporting period, as a provincial office writes them. Screens show these; the code
 * uses the English codes.
 */
import type { OrganisationKind, PeriodKind, Role } from '../entities.ts';

/** A role as people call the person who holds it ("Văn thư tổng hợp — Tỉnh Lai Châu"). */
export const ROLE_NAME = {
  admin: 'Quản trị hệ thống',
  secretariat: 'Văn thư tổng hợp',
  reporter: 'Cán bộ báo cáo của đơn vị',
  leader: 'Lãnh đạo',
  inspector: 'Kiểm tra, giám sát',
  public: 'Người dân',
} as const satisfies Record<Role, string>;

/** The kinds of organisation: the province and its departments (sở, ban, ngành), communes and Party bodies. */
export const ORGANISATION_KIND_NAME = {
  nation: 'Trung ương',
  province: 'Tỉnh, thành phố',
  party_body: 'Cơ quan Đảng',
  department: 'Sở, ban, ngành',
  commune: 'Xã, phường',
  other: 'Đơn vị khác',
} as const satisfies Record<OrganisationKind, string>;

/** The kinds of reporting period. */
export const PERIOD_KIND_NAME = {
  year: 'Năm',
  mid_term: 'Giữa nhiệm kỳ',
  term_end: 'Cuối nhiệm kỳ',
} as const satisfies Record<PeriodKind, string>;
