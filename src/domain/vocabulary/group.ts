/**
 * The groups of main targets as resolutions name them: economy; culture and society;
 * environment; Party building and the political system; defence and security. Each has
 * the label the product shows, the words that name it in a heading and the keywords that
 * put an item in it (src/ingest/target-list-group.ts).
 */

export interface GroupRule {
  /** The group's label, as the product shows it. */
  label: string;
  /** Folded words that name the group in a heading. */
  heading: readonly string[];
  /** Folded words that mark an item as belonging to the group. */
  keywords: readonly string[];
}

/** The groups, in the order documents list them. Words are folded (no diacritics, "đ" as "d"). */
export const GROUP_RULES: readonly GroupRule[] = [
  {
    label: 'Kinh tế',
    heading: ['kinh te'],
    keywords: [
      'grdp', 'kinh te', 'tang truong', 'ngan sach', 'xuat khau', 'nhap khau', 'du lich', 'nong nghiep', 'cong nghiep', 'dich vu',
      'dau tu', 'luong thuc', 'san luong', 'doanh nghiep', 'nang suat', 'chan nuoi', 'gia suc', 'cay che', 'dien tich',
      'ban le', 'thu nhap', 'do thi hoa', 'duong xe may', 'duong o to', 'giao thong', 'dien luoi', 'su dung dien', 'nuoc sach',
      'nuoc hop ve sinh', 'cap nuoc', 'kien co', 'ha tang', 'kinh te so',
    ],
  },
  {
    label: 'Văn hóa - xã hội',
    heading: ['xa hoi', 'van hoa'],
    keywords: [
      'giao duc', 'pho cap', 'hoc sinh', 'truong hoc', 'truong chuan', 'truong dat chuan', 'y te', 'bac sy', 'bac si',
      'suy dinh duong', 'ty suat sinh', 'dan so', 'ho ngheo', 'giam ngheo', 'viec lam', 'dao tao nghe', 'lao dong',
      'van hoa', 'truyen hinh', 'phat thanh', 'bao hiem', 'tuoi tho', 'nong thon moi', 'tiem chung', 'that nghiep',
    ],
  },
  {
    label: 'Môi trường',
    heading: ['moi truong'],
    keywords: ['rung', 'chat thai', 'rac thai', 'moi truong', 'nuoc thai', 'thu gom'],
  },
  {
    label: 'Xây dựng Đảng và hệ thống chính trị',
    heading: ['dang', 'he thong chinh tri', 'chinh quyen'],
    keywords: [
      'dang vien', 'to chuc dang', 'co so dang', 'dang bo', 'chi bo', 'chinh quyen', 'mat tran', 'doan the', 'can bo',
      'cong chuc', 'he thong chinh tri',
    ],
  },
  {
    label: 'Quốc phòng, an ninh',
    heading: ['quoc phong', 'an ninh'],
    keywords: ['quoc phong', 'an ninh', 'trat tu'],
  },
];

/** A heading that names a group in its own words: "Về ...", "Các chỉ tiêu về ...", "Lĩnh vực ...". */
export const GROUP_ABOUT = String.raw`^(?:về|(?:các\s+)?(?:nhóm\s+)?chỉ tiêu về|lĩnh vực)\s+`;
