/**
 * extractTasks on the seeds, read from ../shared/seeds at run time: seed 003 (a unit's plan
 * to carry out the XV resolution) and seed 002's Phụ lục 2 (the resolutions, projects and
 * conclusions issued for the XIV resolution). Expected counts were taken by hand from the
 * seeds with grep; names are matched by a few distinctive words.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ExtractedTask } from '../../src/domain/plan.ts';
import { structureText } from '../../src/ingest/read-document.ts';
import { extractTasks } from '../../src/ingest/tasks/index.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');

const SEED_003 = '003_0f4b79719d295773.txt';
const SEED_002 = '002_5820d9dead76922e.txt';

function only(tasks: readonly ExtractedTask[], predicate: (task: ExtractedTask) => boolean, what: string): ExtractedTask {
  const found = tasks.filter(predicate);
  assert.equal(found.length, 1, what);
  return found[0] as ExtractedTask;
}

describe('seed 003: an implementation plan', () => {
  const tasks = extractTasks(structureText(seed(SEED_003)));
  const under = (entry: RegExp): ExtractedTask[] => tasks.filter((task) => task.path.some((part) => entry.test(part)));

  test('the three breakthroughs of "3. Các khâu đột phá", each with its bullets as sub-tasks', () => {
    const breakthroughs = tasks.filter((task) => task.kind === 'breakthrough');
    assert.deepEqual(breakthroughs.map((task) => task.number), ['1', '2', '3']);
    for (const task of breakthroughs) {
      assert.equal(task.path.at(-1), '3. Các khâu đột phá');
      assert.equal(task.parentIndex, null);
    }
    assert.match(breakthroughs[0]?.title ?? '', /hạ tầng giao thông/u);
    assert.match(breakthroughs[1]?.title ?? '', /dược liệu/u);
    assert.match(breakthroughs[2]?.title ?? '', /nguồn nhân lực$/u);
    // Bullets counted by hand under (1), (2), (3): 2, 2 and 3.
    const children = breakthroughs.map((task) => tasks.filter((child) => child.parentIndex === tasks.indexOf(task)).length);
    assert.deepEqual(children, [2, 2, 3]);
  });

  test('section 4 (thematic resolutions and projects) is one task: its table is not in the seed', () => {
    const thematic = only(tasks, (task) => task.kind === 'thematic_resolution' || task.kind === 'project', 'thematic part');
    assert.equal(thematic.kind, 'thematic_resolution');
    assert.equal(thematic.number, '4');
    assert.equal(thematic.sourceLine, 610);
    assert.match(thematic.title, /^Các nghị quyết chuyên đề, đề án/u);
    assert.match(thematic.productText ?? '', /^Đề án, nghị quyết chuyên đề/u);
    assert.deepEqual(thematic.path, ['II. Mục tiêu, nhiệm vụ và giải pháp']);
    assert.deepEqual(under(/^4\. /u), []);
  });

  test('the tasks of "2. Nhiệm vụ trọng tâm": 7 numbered items and 24 bullets (counted by hand), with their heading paths', () => {
    const focus = under(/^2\. Nhiệm vụ trọng tâm$/u);
    assert.equal(focus.length, 31);
    assert.deepEqual(focus.filter((task) => task.number !== null).map((task) => task.number), ['2.1', '2.1.1', '2.1.2', '2.1.3', '2.2', '2.3', '2.4']);
    assert.equal(focus.filter((task) => task.number === null).length, 24);
    assert.ok(focus.every((task) => task.kind === 'regular' && task.path[0] === 'II. Mục tiêu, nhiệm vụ và giải pháp'));
    const government = only(focus, (task) => task.number === '2.1.2', '2.1.2');
    assert.match(government.title, /chính quyền các cấp$/u);
    assert.match(government.path.at(-1) ?? '', /^2\.1\. Xây dựng Đảng bộ/u);
    const industry = only(focus, (task) => /^Phát triển công nghiệp bền vững$/u.test(task.title), 'industry bullet');
    assert.match(industry.path.at(-1) ?? '', /^2\.2\. Tiếp tục cơ cấu lại/u);
    const drill = only(focus, (task) => task.dueDate !== null, 'the one dated task');
    assert.equal(drill.dueDate, '2027-12-31');
    assert.match(drill.path.at(-1) ?? '', /^2\.4\. Củng cố, tăng cường quốc phòng/u);
  });

  test('"III. Tổ chức thực hiện": items 1, 2, 4, 5 (the seed has no 3) with their lead units', () => {
    const organisation = under(/^III\. Tổ chức thực hiện$/u);
    assert.deepEqual(
      organisation.map((task) => [task.number, task.leadUnitText, task.supportingUnitsText]),
      [
        ['1', 'Đảng ủy Văn phòng', null],
        ['2', 'Các chi bộ', null],
        ['4', 'Chi bộ Hành chính – Quản trị', null],
        ['5', 'Uỷ ban kiểm tra Đảng uỷ', 'chi bộ Hành chính – Quản trị'],
      ],
    );
    assert.equal(organisation[0]?.dueText, 'thường xuyên');
  });

  test('nothing from the purpose and requirements, the solutions, or the recipients', () => {
    const from = (first: number, last: number): ExtractedTask[] => tasks.filter((task) => task.sourceLine >= first && task.sourceLine <= last);
    assert.deepEqual(from(30, 89), []);
    assert.deepEqual(from(634, 709), []);
    assert.deepEqual(from(756, 789), []);
    assert.equal(tasks.length, 31 + 3 + 7 + 1 + 4);
  });
});

describe("seed 002's Phụ lục 2: the documents issued for the resolution", () => {
  const text = seed(SEED_002);
  const tasks = extractTasks(structureText(text));
  const listed = tasks.filter((task) => task.listedDocument !== null);

  test('every listed document: 18 rows (grep "^[0-9]+ +Số [0-9]" in Phụ lục 2), 7 resolutions, 3 projects, 8 conclusions', () => {
    assert.equal(listed.length, 18);
    assert.deepEqual(listed.map((task) => task.number), Array.from({ length: 18 }, (_, i) => String(i + 1)));
    const count = (kind: ExtractedTask['kind']): number => listed.filter((task) => task.kind === kind).length;
    assert.deepEqual([count('thematic_resolution'), count('project'), count('conclusion')], [7, 3, 8]);
  });

  test('first and last of each group, by number and date', () => {
    const view = (stt: string): [string | undefined, string | null | undefined, string | undefined] => {
      const task = only(listed, (candidate) => candidate.number === stt, stt);
      return [task.listedDocument?.number, task.listedDocument?.date, task.path.at(-1)];
    };
    assert.deepEqual(view('1'), ['03-NQ/TU', '2021-02-03', 'I. Nghị quyết']);
    assert.deepEqual(view('7'), ['10-NQ/TU', '2022-07-05', 'I. Nghị quyết']);
    assert.deepEqual(view('8'), ['04-ĐA/TU', '2021-08-25', 'II. Đề án']);
    assert.deepEqual(view('10'), ['07-ĐA/TU', '2022-06-30', 'II. Đề án']);
    assert.deepEqual(view('11'), ['30-KL/TU', '2020-02-18', 'III. Kết luận']);
    assert.deepEqual(view('18'), ['224-KL/TU', '2021-10-18', 'III. Kết luận']);
  });

  test('every row matches the seed line it came from: number, symbol and date as written', () => {
    const raw = text.split('\n');
    for (const task of listed) {
      const line = raw[task.sourceLine - 1] ?? '';
      const row = /^(\d+)\s+Số\s+(\S+)\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(line);
      assert.ok(row, `line ${task.sourceLine}`);
      const [, stt, symbol, day, month, year] = row;
      assert.equal(task.number, stt);
      assert.equal(task.listedDocument?.number, symbol);
      assert.equal(task.listedDocument?.date, `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`);
    }
  });

  test('each summary is whole: it starts with its kind word and ends a sentence, even when joined over lines', () => {
    const word = { thematic_resolution: /^Nghị quyết /u, project: /^Đề án /u, conclusion: /^Kết luận /u } as const;
    for (const task of listed) {
      const summary = task.listedDocument?.summary ?? '';
      assert.match(summary, word[task.kind as keyof typeof word], summary);
      assert.match(summary, /[.”]$/u, summary);
    }
    assert.match(only(listed, (task) => task.number === '9', '9').listedDocument?.summary ?? '', /hợp tác quốc tế/u);
  });

  test('the review part holds no tasks: the others come from "C- Nhiệm vụ trọng tâm thời gian tới"', () => {
    const others = tasks.filter((task) => task.listedDocument === null);
    assert.ok(others.length > 0);
    assert.ok(others.every((task) => task.sourceLine >= 1462 && task.sourceLine <= 1758 && task.path[0] === 'C- Nhiệm vụ trọng tâm thời gian tới'));
  });
});
