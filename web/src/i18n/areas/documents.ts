/** The documents pages' strings, Vietnamese first; the English keys are checked against them. */
export const documentsVi = {
  'nav.documents': 'Văn bản',
} as const;

export const documentsEn = {
  'nav.documents': 'Documents',
} as const satisfies Record<keyof typeof documentsVi, string>;
