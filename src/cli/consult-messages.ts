/**
 * The strings of `resolute consult` (open, close, import-comments, synthesis, export) in
 * Vietnamese (default) and English, with its help text. Stance, respondent type, channel and
 * moderation words are the vocabulary's (src/domain/vocabulary) in Vietnamese; their English
 * labels for `--lang en` are here.
 */
import type { Channel, ModerationStateCode, RespondentType, Stance } from '../domain/consultation/types.ts';
import { CHANNEL_WORD, MODERATION_STATE_WORD, REPORT_UNIT_TEXT, RESPONDENT_TYPE_WORD, STANCE_WORD } from '../domain/vocabulary/index.ts';
import type { Synthesis } from '../services/consultation-synthesis.service.ts';
import type { Lang } from './messages.ts';

const vi = {
  'open.done': 'Đã mở đợt lấy ý kiến {id}: “{title}”',
  'open.address': 'Địa chỉ công khai: {path}',
  'open.window': 'Thời gian nhận góp ý: từ {opens} đến {closes} (giờ Việt Nam)',
  'open.verify': 'Người góp ý phải xác thực địa chỉ thư điện tử bằng mã gửi qua thư.',
  'close.done': 'Đã kết thúc đợt lấy ý kiến {id} (“{title}”) lúc {at} (giờ Việt Nam).',
  'close.already': 'Đợt lấy ý kiến “{title}” đã kết thúc lúc {at} (giờ Việt Nam); không có gì để kết thúc.',
  'import.reading': 'Đang đọc và nhập ý kiến từ {file}…',
  'import.progress': 'Đã xử lý {done}/{total} hàng ý kiến…',
  'import.done': 'Đã nhập {imported} ý kiến vào “{title}” (hình thức: {channel}); {spam} ý kiến bị xếp vào thư rác; {duplicates} ý kiến trùng lặp với ý kiến khác.',
  'import.refused': 'Không nhập được {count} hàng:',
  'import.warnings': 'Lưu ý ({count} hàng):',
  'import.row': '  Hàng {row}: {message}',
  'import.nothing': 'Không nhập được ý kiến nào từ tệp này.',
  'import.unreadable': 'Không đọc được tệp {file}: {reason}',
  'syn.title': 'Tổng hợp ý kiến góp ý: {title}',
  'syn.draft': 'Dự thảo: {draft} — {organisation}',
  'syn.window': 'Thời gian lấy ý kiến: từ {opens} đến {closes}{early} — {state}',
  'syn.closedEarly': '; đã kết thúc sớm lúc {at}',
  'syn.asOf': 'Tính đến {at}; chỉ tính các ý kiến đã công khai.',
  'syn.none': 'Chưa có ý kiến góp ý nào được công khai.',
  'syn.total': 'Tổng số: {total} ý kiến (mỗi nhóm ý kiến trùng lặp tính là một){comments}',
  'syn.comments': '; {count} lượt góp ý',
  'syn.byStance': 'Theo ý kiến:',
  'syn.byRespondent': 'Theo đối tượng: {parts}',
  'syn.byChannel': 'Theo hình thức góp ý: {parts}',
  'syn.campaigns': 'Chiến dịch (ý kiến giống hệt nhau): {comments} ý kiến trong {groups} nhóm.',
  'syn.noCampaigns': 'Không có chiến dịch (nhóm ý kiến giống hệt nhau).',
  'syn.duplicates': 'Trùng lặp: {groups} nhóm gồm {comments} ý kiến; mỗi nhóm tính là một ý kiến.',
  'syn.noDuplicates': 'Không có ý kiến trùng lặp.',
  'syn.units': 'Theo nội dung dự thảo:',
  'syn.points': 'Các nội dung góp ý chủ yếu',
  'syn.point': '  {n}. {text} — {size} ý kiến ({stances})',
  'syn.reason': '     Lý do: {reason}',
  'syn.unclustered': '  Ngoài ra có {count} ý kiến riêng lẻ khác.',
  'syn.localities': 'Theo địa bàn:',
  'syn.unplaced': 'Không xác định địa bàn',
  'col.no': 'TT',
  'col.unit': 'Nội dung',
  'col.total': 'Tổng số',
  'col.locality': 'Địa bàn',
  'col.own': 'Tại địa bàn',
  'col.area': 'Cả địa bàn',
  'state.upcoming': 'chưa mở',
  'state.open': 'đang nhận góp ý',
  'state.closed': 'đã kết thúc',
  'report.synthesis': 'báo cáo tổng hợp ý kiến',
  'report.disposition': 'báo cáo tiếp thu, giải trình',
  'report.writing': 'Đang lập {report} ({format})…',
  'export.writing': 'Đang xuất ý kiến góp ý ({format})…',
  'export.count': 'Đã xuất {count} ý kiến{contact}.',
  'export.contact': ', kèm thông tin liên hệ của người góp ý',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'open.done': 'Opened consultation {id}: “{title}”',
  'open.address': 'Public address: {path}',
  'open.window': 'Takes comments from {opens} to {closes} (Vietnam time)',
  'open.verify': 'Commenters must verify their e-mail address with a code sent by mail.',
  'close.done': 'Closed consultation {id} (“{title}”) at {at} (Vietnam time).',
  'close.already': 'The consultation “{title}” closed at {at} (Vietnam time); there is nothing to close.',
  'import.reading': 'Reading and importing the comments of {file}…',
  'import.progress': '{done}/{total} comment rows done…',
  'import.done': 'Imported {imported} comments into “{title}” (channel: {channel}); {spam} filed as spam; {duplicates} duplicates of other comments.',
  'import.refused': '{count} rows could not be imported:',
  'import.warnings': 'Warnings ({count} rows):',
  'import.row': '  Row {row}: {message}',
  'import.nothing': 'No comment could be imported from this file.',
  'import.unreadable': 'Cannot read {file}: {reason}',
  'syn.title': 'Synthesis of comments: {title}',
  'syn.draft': 'Draft: {draft} — {organisation}',
  'syn.window': 'Consultation window: from {opens} to {closes}{early} — {state}',
  'syn.closedEarly': '; closed early at {at}',
  'syn.asOf': 'As of {at}; published comments only.',
  'syn.none': 'No comment has been published yet.',
  'syn.total': 'Total: {total} comments (each duplicate group counted once){comments}',
  'syn.comments': '; {count} submissions',
  'syn.byStance': 'By stance:',
  'syn.byRespondent': 'By respondent: {parts}',
  'syn.byChannel': 'By channel: {parts}',
  'syn.campaigns': 'Campaigns (identical comments): {comments} comments in {groups} groups.',
  'syn.noCampaigns': 'No campaign (group of identical comments).',
  'syn.duplicates': 'Duplicates: {groups} groups of {comments} comments; each group counted once.',
  'syn.noDuplicates': 'No duplicate comments.',
  'syn.units': 'By part of the draft:',
  'syn.points': 'Main points',
  'syn.point': '  {n}. {text} — {size} comments ({stances})',
  'syn.reason': '     Reason: {reason}',
  'syn.unclustered': '  Besides, {count} single comments.',
  'syn.localities': 'By locality:',
  'syn.unplaced': 'No locality given',
  'col.no': 'No.',
  'col.unit': 'Part',
  'col.total': 'Total',
  'col.locality': 'Locality',
  'col.own': 'Own',
  'col.area': 'Whole area',
  'state.upcoming': 'not open yet',
  'state.open': 'taking comments',
  'state.closed': 'closed',
  'report.synthesis': 'the synthesis report',
  'report.disposition': 'the disposition report',
  'report.writing': 'Writing {report} ({format})…',
  'export.writing': 'Exporting the comments ({format})…',
  'export.count': 'Exported {count} comments{contact}.',
  'export.contact': ', with the commenters\' contact',
};

/** A consult command string with `{name}` placeholders filled. */
export function ct(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  const template = lang === 'vi' ? vi[key] : en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const EN_WORD = {
  stance: { agree: 'Agree', disagree: 'Disagree', partly: 'Partly agree' } satisfies Record<Stance, string>,
  respondent: { party_member: 'Party members, officials', citizen: 'Citizens', business: 'Businesses', organisation: 'Organisations', other: 'Other' } satisfies Record<RespondentType, string>,
  channel: { online: 'Online', meeting: 'Meeting', paper: 'Paper form', import: 'File import' } satisfies Record<Channel, string>,
  state: { new: 'Awaiting review', published: 'Published', hidden: 'Hidden', spam: 'Spam' } satisfies Record<ModerationStateCode, string>,
};

/** The word of a stance, respondent type, channel or moderation state in the language. */
export const consultWord = {
  stance: (lang: Lang, code: Stance) => (lang === 'vi' ? STANCE_WORD[code] : EN_WORD.stance[code]),
  respondent: (lang: Lang, code: RespondentType) => (lang === 'vi' ? RESPONDENT_TYPE_WORD[code] : EN_WORD.respondent[code]),
  channel: (lang: Lang, code: Channel) => (lang === 'vi' ? CHANNEL_WORD[code] : EN_WORD.channel[code]),
  state: (lang: Lang, code: ModerationStateCode) => (lang === 'vi' ? MODERATION_STATE_WORD[code] : EN_WORD.state[code]),
};

/** How a part of the draft is named: "Toàn văn dự thảo", "II. Phương hướng …", "Chỉ tiêu: … (mã KT-01)". */
export function unitName(lang: Lang, unit: Synthesis['units'][number]['unit']): string {
  switch (unit.kind) {
    case 'draft':
      return lang === 'vi' ? REPORT_UNIT_TEXT.draft : 'The whole draft';
    case 'section':
      return REPORT_UNIT_TEXT.section(unit.label, unit.title);
    case 'indicator':
      return lang === 'vi' ? REPORT_UNIT_TEXT.indicator(unit.code, unit.name) : `Target: ${unit.name}${unit.code === null ? '' : ` (code ${unit.code})`}`;
  }
}

export const CONSULT_HELP: Record<Lang, string> = {
  vi: `Cách dùng: resolute consult <lệnh con> [tuỳ chọn]

  open MÃ-VĂN-BẢN --from YYYY-MM-DD [--from-time 08:00] --to YYYY-MM-DD [--to-time 17:00]
       [--title TÊN] [--slug ĐỊA-CHỈ] [--verify-email] [--json]
      Mở đợt lấy ý kiến vào dự thảo (một văn bản đã lưu). Giờ theo giờ Việt Nam; mặc định
      mở lúc 00:00 và kết thúc lúc 23:59. In mã đợt lấy ý kiến, địa chỉ công khai
      /gop-y/ĐỊA-CHỈ và thời gian nhận góp ý. --verify-email: người góp ý phải xác thực
      thư điện tử.
  close ĐỢT [--json]
      Kết thúc đợt lấy ý kiến ngay (ĐỢT: mã hoặc địa chỉ công khai).
  import-comments ĐỢT TỆP.xlsx|TỆP.csv [--channel meeting|paper|import] [--json]
      Nhập ý kiến từ bảng tính (hội nghị, phiếu góp ý, tệp tổng hợp). Tiến trình mỗi 500
      hàng; in số ý kiến đã nhập và từng hàng không nhập được kèm lý do. Mã thoát 1 khi
      không nhập được ý kiến nào.
  synthesis ĐỢT [--json] [--format docx|pdf|xlsx|csv|json --out TỆP|THƯ-MỤC] [--force]
      In tổng hợp ý kiến đã công khai: số ý kiến theo ý kiến (kèm tỷ lệ), đối tượng, hình
      thức; chiến dịch, trùng lặp; theo từng nội dung của dự thảo số ý kiến và các nội
      dung góp ý chủ yếu. Với --format: ghi báo cáo tổng hợp ý kiến ra tệp.
  export ĐỢT [--what comments|disposition] [--format csv|xlsx|json|docx|pdf] --out TỆP|THƯ-MỤC
       [--state new|published|hidden|spam] [--with-contact] [--force]
      comments (mặc định): xuất ý kiến góp ý (mọi trạng thái, hoặc --state) ra CSV, XLSX
      hoặc JSON: thứ tự, nội dung dự thảo, ý kiến, nội dung, lý do, đối tượng, địa bàn,
      hình thức, trạng thái, nhóm trùng lặp và số ý kiến trong nhóm. Không kèm thông tin
      liên hệ trừ khi có --with-contact. disposition: báo cáo tiếp thu, giải trình.

Tệp ghi vào --out (tệp, hoặc thư mục: theo tên của báo cáo), mặc định theo tên của nó trong
thư mục hiện tại; không ghi đè nếu thiếu --force. Cơ sở dữ liệu theo DATABASE_URL / DATA_DIR
như lệnh serve; lệnh chạy với quyền hệ thống.`,
  en: `Usage: resolute consult <subcommand> [options]

  open DOCUMENT-ID --from YYYY-MM-DD [--from-time 08:00] --to YYYY-MM-DD [--to-time 17:00]
       [--title TITLE] [--slug ADDRESS] [--verify-email] [--json]
      Opens a consultation on a draft (a stored document). Times are Vietnam time; by
      default it opens at 00:00 and closes at 23:59. Prints its id, the public address
      /gop-y/ADDRESS and the window. --verify-email: commenters must verify an e-mail
      address.
  close CONSULTATION [--json]
      Closes the consultation now (CONSULTATION: its id or its public address).
  import-comments CONSULTATION FILE.xlsx|FILE.csv [--channel meeting|paper|import] [--json]
      Imports comments from a sheet (a meeting's, paper forms, a compiled file). Progress
      every 500 rows; prints the counts and every row that could not be imported with the
      reason. Exit code 1 when no comment could be imported.
  synthesis CONSULTATION [--json] [--format docx|pdf|xlsx|csv|json --out FILE|DIR] [--force]
      Prints the synthesis of the published comments: counts by stance (with shares), by
      respondent and channel; campaigns and duplicates; per part of the draft its counts
      and main points. With --format: writes the synthesis report to a file.
  export CONSULTATION [--what comments|disposition] [--format csv|xlsx|json|docx|pdf] --out FILE|DIR
       [--state new|published|hidden|spam] [--with-contact] [--force]
      comments (default): the comments (every state, or --state) as CSV, XLSX or JSON:
      position, part of the draft, stance, text, reason, respondent type, locality,
      channel, state, duplicate group and its size. No contact columns unless
      --with-contact. disposition: the disposition report (tiếp thu, giải trình).

Files go to --out (a file, or a directory: the report's own name in it), by default to their
own name in the current directory; an existing file is kept unless --force. The database is
DATABASE_URL / DATA_DIR as for serve; the command runs as the system.`,
};
