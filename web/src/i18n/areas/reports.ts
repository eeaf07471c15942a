/** The reports pages' strings, Vietnamese first; the English keys are checked against them. */
export const reportsVi = {
  'nav.reports': 'Báo cáo',
} as const;

export const reportsEn = {
  'nav.reports': 'Reports',
} as const satisfies Record<keyof typeof reportsVi, string>;
