import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUnsafeText } from './text-safety.ts';

/** Payloads from the usual cross-site scripting cheat sheets, and their disguises. */
const SCRIPT_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/x.js></SCRIPT>',
  '< script >alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<a href="javascript:alert(1)">bấm vào</a>',
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="https://x.example"></iframe>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '<body onload=alert(1)>',
  '<style>@import "x"</style>',
];

test('script payloads are refused as script', () => {
  for (const payload of SCRIPT_PAYLOADS) {
    assert.equal(findUnsafeText(`Ý kiến của tôi ${payload} hết.`)?.problem, 'script_content', payload);
  }
});

test('HTML tags and comments are refused as markup, with what was found', () => {
  assert.deepEqual(findUnsafeText('Đề nghị <b>bổ sung</b> chỉ tiêu'), { problem: 'markup', found: '<b>' });
  assert.equal(findUnsafeText('xuống dòng<br/>tiếp')?.problem, 'markup');
  assert.equal(findUnsafeText('<p class="x">đoạn</p>')?.problem, 'markup');
  assert.equal(findUnsafeText('<!-- ẩn -->')?.problem, 'markup');
  assert.equal(findUnsafeText('&lt;b&gt;đậm&lt;/b&gt;')?.problem, 'markup');
});

test('plain text with <, >, & and Vietnamese stays text', () => {
  for (const text of [
    'Tỷ lệ hộ nghèo <5% và tăng trưởng > 8%/năm',
    'a<b, c>d; 3 < 4 > 2',
    'Sở Nông nghiệp & Môi trường; Q&A; R&D',
    'Email: ong.a@example.vn, trang https://laichau.gov.vn/du-thao',
    'Hoạt động online = tốt hơn',
    'Tôi không đồng ý.\n\nLý do thứ nhất:\tchưa khả thi.\r\n',
    'Cảm ơn 🙏 và 👍',
  ]) {
    assert.equal(findUnsafeText(text), null, text);
  }
});

test('binary and control characters are refused, named by code point', () => {
  assert.deepEqual(findUnsafeText('abc\u0000def'), { problem: 'control_characters', found: 'U+0000' });
  assert.equal(findUnsafeText('abc\u001Bdef')?.problem, 'control_characters');
  assert.equal(findUnsafeText('abc\u0085def')?.problem, 'control_characters');
  assert.equal(findUnsafeText('abc\u202Etxt.exe')?.found, 'U+202E');
  assert.equal(findUnsafeText('lone \uD800 half')?.problem, 'control_characters');
  assert.equal(findUnsafeText('lone \uDC00 half')?.problem, 'control_characters');
  assert.equal(findUnsafeText(String.fromCharCode(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))?.problem, 'control_characters');
  assert.equal(findUnsafeText('emoji 😀 pair ok'), null);
});
