// What the live browser test does on the page: reads which screen is up, answers each question
// type the way a person would (by the texts shown; the page's ids are opaque), by touch or by
// keyboard, and checks the touch targets. Used by live_browser.js.
'use strict';

const assert = require('node:assert/strict');

// What each participant answers, by the texts it sees (the page's ids are opaque).
const PLAN = {
  vi: {
    single: 'Cúp máy và tự gọi số in trên thẻ',
    ordering: ['Khóa máy từ xa', 'Gọi ngân hàng khóa thẻ', 'Đổi mật khẩu email', 'Báo công an'],
    redflags: ['Điểm thưởng của bạn sẽ hết hạn hôm nay!', 'vcb-diemthuong.top'],
    multiple: ['Mã từ ứng dụng xác thực', 'Khóa bảo mật'],
    truefalse: 'Sai',
    matching: { 'Lừa đảo qua link': 'Tự gõ địa chỉ', 'Dùng lại mật khẩu': 'Trình quản lý mật khẩu', 'Chiếm SIM': 'Khóa bảo mật' },
    scenario: ['Cúp máy', 'Báo 156'],
    shortanswer: 'mã otp', numeric: '156', missingword: 'OTP',
  },
  en: {
    single: 'Read out the code',
    ordering: ['Report to the police', 'Call the bank to block cards', 'Lock the phone remotely', 'Change the email password'],
    redflags: ['Vietcombank', 'vcb-points.top'],
    multiple: ['A code from an authenticator app'],
    truefalse: 'True',
    matching: { 'Phishing link': 'Type the address yourself', 'Password reuse': 'Security key', 'SIM swap': 'Password manager' },
    scenario: ['Install the app'],
    shortanswer: 'password', numeric: '1,5', missingword: 'postal',
  },
};

async function waitScreen(page) {
  await page.waitForFunction(() => document.querySelector('#question, #feedback, #end, #wait'), { timeout: 10000 });
  return page.evaluate(() => {
    const q = document.querySelector('#question');
    if (q) return { kind: 'question', type: q.dataset.type, n: Number(q.dataset.n), id: q.dataset.q, step: q.dataset.step };
    return { kind: document.querySelector('#feedback') ? 'feedback' : document.querySelector('#end') ? 'end' : 'wait' };
  });
}

// Clicks (or, by keyboard, focuses and presses Enter/Space on) the element whose text is `text`.
async function pressByText(page, selector, text, keyboard) {
  const handles = await page.$$(selector);
  for (const h of handles) {
    if ((await h.evaluate((e) => e.textContent.trim())).endsWith(text)) {
      if (keyboard) {
        await ((await h.$('input')) || h).focus();
        await page.keyboard.press('Space');
      } else {
        await h.click();
      }
      return;
    }
  }
  const shown = await page.$$eval(selector, (s) => s.map((e) => e.textContent));
  throw new Error(`no ${selector} with text ${JSON.stringify(text)} among ${JSON.stringify(shown)}`);
}

// Every control is a 44 px touch target (a radio or check box through its whole label), inside 360 px.
async function checkTargets(page, where) {
  const small = await page.evaluate(() => [...document.querySelectorAll('button, select, input:not([type=radio]):not([type=checkbox]), label.option')]
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 44 || r.width < 44 || r.right > window.innerWidth + 0.5)
    .map(({ e, r }) => `${e.tagName}.${e.className} ${Math.round(r.width)}×${Math.round(r.height)} at x ${Math.round(r.left)}`));
  assert.deepEqual(small, [], `${where}: controls too small or cut off`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${where}: no sideways scrolling`);
}

async function selectByText(page, select, text) {
  const value = await select.evaluate((s, t) => [...s.options].find((o) => o.textContent === t)?.value, text);
  assert.ok(value, `option ${text}`);
  await select.select(value);
}

async function answer(page, type, plan, keyboard) {
  const want = plan[type];
  if (type === 'single' || type === 'truefalse' || type === 'multiple' || type === 'scenario') {
    const shown = await page.$$eval('label.option', (l) => l.map((x) => x.textContent.trim()));
    const picks = type === 'scenario' ? [want.find((w) => shown.includes(w))] : [].concat(want);
    for (const text of picks) await pressByText(page, 'label.option', text, keyboard);
  } else if (type === 'redflags') {
    for (const text of want) await pressByText(page, 'button.part', text, keyboard);
    const marked = await page.$$eval('button.part[aria-pressed="true"] .sign', (s) => s.map((x) => x.textContent));
    assert.deepEqual(marked, want.map(() => '⚑'), 'a flagged part shows a sign, not only a colour');
  } else if (type === 'ordering') {
    for (let target = 0; target < want.length; target++) {
      for (;;) {
        const texts = await page.$$eval('ol.order li .text', (s) => s.map((x) => x.textContent));
        const at = texts.indexOf(want[target]);
        assert.ok(at >= target, `ordering item ${want[target]}`);
        if (at === target) break;
        const up = (await page.$$('ol.order li'))[at];
        const button = await up.$('.move.up');
        if (keyboard) {
          await button.focus();
          await page.keyboard.press('Enter');
          assert.ok(await page.evaluate(() => document.activeElement.classList.contains('move')), 'focus follows the moved item');
        } else {
          await button.click();
        }
      }
    }
  } else if (type === 'matching') {
    for (const s of await page.$$('.pair select')) {
      const left = await s.evaluate((e) => e.labels[0].textContent);
      await selectByText(page, s, want[left]);
    }
  } else if (type === 'missingword') {
    await selectByText(page, await page.$('#question select'), want);
  } else {
    await page.type('#question input[type="text"]', want);
  }
}

module.exports = { PLAN, waitScreen, checkTargets, answer };
