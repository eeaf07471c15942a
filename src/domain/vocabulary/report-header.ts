/**
 * The fixed words of a report's header block and page furniture, as Vietnamese administrative
 * documents print them: the Party line or the national name and motto on the right, the
 * number and the place and date line (Decree 30/2020/NĐ-CP; the Party's guidance on its own
 * documents). The format writers (src/reports/) print these; nothing else varies them.
 */

/** The line on the right of a Party document's header. */
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';
/** The national name on the right of a State document's header. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** The motto under the national name. */
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The mark under the issuer of a Party document (a State document draws a short rule instead). */
export const PARTY_ISSUER_MARK = '*';

/** The word before a document number: Party documents write "Số 443-BC/TU", State ones "Số: 12/BC-UBND". */
export const NUMBER_WORD = { party: 'Số', state: 'Số:' } as const;
/** What stands for a number the office has not given yet. */
export const BLANK_NUMBER = '...';

/** The place and date line: "Lai Châu, ngày 03 tháng 11 năm 2023" (a day below 10 and the months 1 and 2 take a leading 0). */
export function placeDateLine(place: string, day: number, month: number, year: number): string {
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Page furniture of the writers: the page number line and a worksheet's name when a table has no caption. */
export const REPORT_PAGE = {
  /** Numbers or a format's field codes ("&P", "&N" in a spreadsheet footer). */
  pageNumber: (page: number | string, pages: number | string) => `Trang ${page}/${pages}`,
  sheetName: (index: number) => `Bảng ${index}`,
  /** The worksheet of a document that has no table (text only). */
  textSheetName: 'Văn bản',
} as const;
