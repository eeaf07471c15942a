/**
 * Synthetic consultation comments for tests and the benchmark: Vietnamese-like texts made of
 * common syllables by a seeded generator, with planted campaigns. A share of the comments are
 * copies of earlier "campaign" comments: verbatim, cosmetic (case, diacritics, spacing,
 * punctuation: the same normal form) or near (one small edit: a typo, a word added or
 * dropped). Every comment carries the planted group it belongs to, so a grouping can be
 * scored. The texts are generated one at a time: a million of them never sit in memory.
 */
import { SeededRandom } from './hash.ts';
import { RESPONDENT_TYPES, STANCES } from './types.ts';
import type { RespondentType, Stance } from './types.ts';

/** Common syllables of administrative Vietnamese, roughly most frequent first (generator material, not vocabulary). */
const SYLLABLES = (
  'và của các cho trong những với có không được là đã đang sẽ về theo tại từ đến một số nhiều hơn nữa cần nên phải ' +
  'phát triển kinh tế xã hội văn hóa giáo dục y tế môi trường nông nghiệp công nghiệp dịch vụ du lịch đầu tư hạ tầng ' +
  'giao thông đô thị thôn mới người dân doanh nghiệp cán bộ đảng viên chính quyền địa phương tỉnh huyện phường bản ' +
  'đồng bào tộc thiểu vùng cao biên giới quốc phòng an ninh trật tự toàn chuyển đổi khoa học công nghệ sáng tạo ' +
  'nguồn nhân lực chất lượng thu nhập bình quân đầu giảm nghèo bền vững việc làm lao động đào nghề bảo hiểm trường ' +
  'bệnh viện trạm nước sạch điện lưới đường sá cầu cống rừng che phủ đất đai khoáng sản thủy tài nguyên quy hoạch ' +
  'kế chương trình dự án đề chính sách cơ chế thủ tục hành cải cách minh bạch trách nhiệm hiệu quả nâng tăng cường ' +
  'đẩy mạnh tập trung ưu tiên bổ sung rõ sửa điều chỉnh nghị kiến năm tháng giai đoạn mục tiêu nhiệm vụ giải pháp ' +
  'thực hiện đánh giá kết quả tồn tại hạn chế nguyên nhân bài học kinh nghiệm định hướng tầm nhìn thời kỳ nhanh ' +
  'hợp lý khả thi cụ thể sát thực tế ngân sách vốn huy động nguồn lực xây dựng hoàn thiện thể chế pháp luật ' +
  'kiểm tra giám sát phòng chống tham nhũng lãng phí tiêu cực đoàn kết thống nhất dân chủ kỷ cương'
).split(' ');

/** How a comment was made. */
export type SyntheticKind = 'original' | 'verbatim' | 'cosmetic' | 'near';

export interface SyntheticComment {
  /** Its position, from 0. */
  index: number;
  id: string;
  text: string;
  /** The index of the comment its planted group started with (its own for an original). */
  planted: number;
  kind: SyntheticKind;
  stance: Stance;
  respondentType: RespondentType;
  /** 0 … localities − 1. */
  locality: number;
}

export interface SyntheticOptions {
  /** Share of comments that copy a campaign comment (0,2). */
  duplicateShare: number;
  /** Share of original comments that start a campaign (0,0125: about one campaign per hundred comments). */
  campaignShare: number;
  /** Syllables of a comment, inclusive (25 … 70). */
  minSyllables: number;
  maxSyllables: number;
  localities: number;
  seed: number;
}

const DEFAULTS: SyntheticOptions = { duplicateShare: 0.2, campaignShare: 0.0125, minSyllables: 25, maxSyllables: 70, localities: 100, seed: 20250701 };

/** Letters a typo may swap in (no diacritics, so a typo is never folded away). */
const TYPO_LETTERS = 'bcdghklmnpqrstvx';

/** `count` synthetic comments, one at a time (the same ones for the same options). */
export function* syntheticComments(count: number, overrides: Partial<SyntheticOptions> = {}): Generator<SyntheticComment> {
  const options = { ...DEFAULTS, ...overrides };
  const random = new SeededRandom(options.seed);
  const campaigns: { index: number; words: string[] }[] = [];
  for (let index = 0; index < count; index += 1) {
    const base = { index, id: `c${index}`, stance: random.pick(STANCES), respondentType: random.pick(RESPONDENT_TYPES), locality: random.below(options.localities) };
    if (campaigns.length > 0 && random.next() < options.duplicateShare) {
      // Early campaigns are picked more often: a few large campaigns, many small ones.
      const campaign = campaigns[Math.floor(campaigns.length * random.next() ** 2)] as { index: number; words: string[] };
      const roll = random.next();
      const kind: SyntheticKind = roll < 0.4 ? 'verbatim' : roll < 0.7 ? 'cosmetic' : 'near';
      let words = campaign.words;
      if (kind === 'near') words = smallEdit(words, random);
      let text = toText(words);
      if (kind !== 'verbatim') text = cosmetic(text, random);
      yield { ...base, text, planted: campaign.index, kind };
      continue;
    }
    const length = options.minSyllables + random.below(options.maxSyllables - options.minSyllables + 1);
    const words = Array.from({ length }, () => SYLLABLES[Math.floor(SYLLABLES.length * random.next() ** 1.6)] as string);
    if (random.next() < options.campaignShare) campaigns.push({ index, words });
    yield { ...base, text: toText(words), planted: index, kind: 'original' };
  }
}

/** Words to a text with a capital, commas every few words and a full stop. */
function toText(words: readonly string[]): string {
  let text = '';
  words.forEach((word, i) => {
    const capital = i === 0 || text.endsWith('. ');
    text += capital ? word.charAt(0).toLocaleUpperCase('vi') + word.slice(1) : word;
    text += i === words.length - 1 ? '.' : i % 11 === 10 ? '. ' : i % 5 === 4 ? ', ' : ' ';
  });
  return text;
}

/** One small edit: a typo in a word, a word added, or a word dropped. */
function smallEdit(words: readonly string[], random: SeededRandom): string[] {
  const edited = [...words];
  const at = random.below(edited.length);
  const roll = random.next();
  if (roll < 0.4) {
    const word = edited[at] as string;
    const position = random.below(word.length);
    edited[at] = word.slice(0, position) + random.pick([...TYPO_LETTERS]) + word.slice(position + 1);
  } else if (roll < 0.75) {
    edited.splice(at, 0, random.pick(SYLLABLES));
  } else {
    edited.splice(at, 1);
  }
  return edited;
}

/** A change that leaves the normal form as it is: capitals, diacritics, spacing or punctuation. */
function cosmetic(text: string, random: SeededRandom): string {
  const roll = random.next();
  if (roll < 0.25) return text.toLocaleUpperCase('vi');
  if (roll < 0.5) return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  if (roll < 0.75) return text.replace(/ /g, '  ').replace(/\./g, ' !');
  return text.replace(/,/g, ' ;').normalize('NFD');
}
