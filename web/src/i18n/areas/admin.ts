/** The admin pages' strings, Vietnamese first; the English keys are checked against them. */
export const adminVi = {
  'nav.admin': 'Quản trị',
} as const;

export const adminEn = {
  'nav.admin': 'Administration',
} as const satisfies Record<keyof typeof adminVi, string>;
