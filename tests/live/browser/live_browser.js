// The live-session page in a real browser: Debian's chromium, headless, driven by puppeteer-core,
// against a real `khien live-host` on 127.0.0.1 with tests/data/packs/live (one question of every
// type, in a fixed order). Two participants at 360×740: one in Vietnamese with the touch screen,
// one in English with the keyboard; the first reloads mid-quiz and must come back to the same
// question. Then: no console error, no CSP violation, no request off 127.0.0.1, and every answer
// is in the instructor's database (`khien export --format answers-csv`).
// Usage: node live_browser.js KHIEN_BINARY TESTS_DATA_DIR   (KHIEN_SCREENSHOT_DIR: save screenshots)
'use strict';

const assert = require('node:assert/strict');
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { PLAN, waitScreen, checkTargets, answer } = require('./page_driver');

// Without the browser or the package the test cannot run: skip (77), but fail on CI, where a
// skip would quietly drop the check.
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
let puppeteer;
try {
  puppeteer = require('puppeteer-core');
  fs.accessSync(CHROMIUM, fs.constants.X_OK);
} catch (e) {
  console.error(`live browser test cannot run (${e.message}): needs ${CHROMIUM} and `
    + '`npm ci --prefix tests/live/browser --no-audit --no-fund`');
  process.exit(process.env.CI ? 1 : 77);
}

const [khien, dataDir] = process.argv.slice(2);
if (!khien || !dataDir) {
  console.error('usage: node live_browser.js KHIEN_BINARY TESTS_DATA_DIR');
  process.exit(2);
}
const WEB_DIR = path.join(__dirname, '..', '..', '..', 'app', 'live', 'web');
const shotDir = process.env.KHIEN_SCREENSHOT_DIR || '';
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
  + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const CLASS = 'Lớp 10A <b>live</b>';
const HOA = 'Lê Hoa <script>alert(1)</script>';
const MINH = 'Trần Văn Minh <img src=x onerror=alert(1)>'; // names are shown as text, never as HTML
const MODULE = 'live-all';
const TYPES_IN_ORDER = ['single', 'ordering', 'redflags', 'multiple', 'truefalse', 'matching', 'scenario',
  'shortanswer', 'numeric', 'missingword'];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-live-browser-'));
const db = path.join(tmp, 'khien.sqlite');
const env = { ...process.env, XDG_DATA_HOME: path.join(tmp, 'data'), QT_QPA_PLATFORM: 'offscreen', LANG: 'C.UTF-8' };
fs.cpSync(path.join(dataDir, 'packs', 'live'), path.join(env.XDG_DATA_HOME, 'Khien', 'Khien', 'packs', 'live'), { recursive: true });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let shots = 0;
async function shot(page, name) {
  if (!shotDir) return;
  fs.mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: path.join(shotDir, `live-${String(++shots).padStart(2, '0')}-${name}.png`), fullPage: true });
}

// The page's code must never turn text into HTML or code.
function checkSources() {
  const js = fs.readFileSync(path.join(WEB_DIR, 'app.js'), 'utf8');
  for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'setTimeout(\'',
    'http://', 'https://'])
    assert.ok(!js.includes(bad), `app.js must not use ${bad}`);
  const html = fs.readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8');
  assert.ok(!/<script(?![^>]*\bsrc=)/i.test(html), 'index.html has no inline script');
  assert.ok(!/\sstyle=|<style/i.test(html), 'index.html has no inline style');
  assert.ok(!/\son[a-z]+=/i.test(html), 'index.html has no inline event handler');
  assert.ok(!/https?:\/\//i.test(html + fs.readFileSync(path.join(WEB_DIR, 'style.css'), 'utf8')), 'no external URL');
}

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    }).on('error', reject);
  });
}

function startHost(mode, port = 0, resume = false) {
  const host = spawn(khien, ['live-host', '--db', db, '--class', CLASS, '--module', MODULE, '--mode', mode,
    '--listen', '127.0.0.1', '--port', String(port), ...(resume ? ['--resume'] : [])], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: host.stdout });
  const first = new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(JSON.parse(line)));
    host.once('exit', (code) => reject(new Error(`live-host exited with ${code} before listening`)));
  });
  const exited = new Promise((resolve) => host.once('exit', (code) => resolve(code)));
  return { host, first, exited };
}

async function participant(browser, url, lang, name, opts) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1, isMobile: true, hasTouch: !opts.keyboard });
  const problems = [];
  const requests = [];
  // While the host is down (killed on purpose) the browser logs each refused reconnection; nothing else may appear.
  let hostDown = false;
  const refused = /^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/ws' failed: .*ERR_CONNECTION_REFUSED$/;
  page.on('console', (m) => {
    if (hostDown && m.type() === 'error' && refused.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.webSocketCreated', (e) => requests.push(e.url));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      sessionStorage.setItem('csp-violations', `${sessionStorage.getItem('csp-violations') || ''}${e.violatedDirective} ${e.blockedURI}\n`);
    });
  });

  await page.goto(url, { waitUntil: 'load' });
  assert.equal(await page.evaluate(() => location.hash), '', 'the code leaves the address bar');
  const keys = await page.evaluate(() => ['vi', 'en'].map((l) => Object.keys(TEXTS[l]).sort().join(' ')));
  assert.equal(keys[0], keys[1], 'every text exists in both languages');
  await page.click(`.lang[data-lang="${lang}"]`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  assert.equal(await page.$eval('#join-code', (e) => e.value), url.split('#c=')[1], 'the code comes from the link');
  await shot(page, `${lang}-join`);
  if (opts.wrongCodeFirst) {
    await page.$eval('#join-code', (e) => { e.value = ''; });
    await page.type('#join-code', '000000');
    await page.type('#join-name', name);
    await page.click('#join-button');
    await page.waitForSelector('#join-error');
    assert.equal(await page.$eval('#join-error', (e) => e.textContent), lang === 'vi' ? 'Mã phiên không đúng.' : 'Wrong session code.');
    await page.$eval('#join-code', (e, c) => { e.value = c; }, url.split('#c=')[1]);
    await page.$eval('#join-name', (e) => { e.value = ''; });
  }
  if (opts.wrongCodeFirst) await shot(page, `${lang}-join-wrong-code`);
  await checkTargets(page, `${lang} join`);
  if (opts.keyboard) {
    await page.focus('#join-name');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  } else {
    await page.type('#join-name', name);
    await page.click('#join-button');
  }

  const seen = [];
  let reloaded = false;
  for (;;) {
    const screen = await waitScreen(page);
    if (screen.kind === 'end') break;
    if (screen.kind === 'wait') { await sleep(50); continue; }
    if (screen.kind === 'feedback') {
      if (seen.length <= 1 || opts.shootEverything) await shot(page, `${lang}-feedback-${seen[seen.length - 1]}`);
      await page.click('#next');
      continue;
    }
    const { type, n } = screen;
    const first = !seen.includes(type);
    if (first) seen.push(type);
    await checkTargets(page, `${lang} ${type}`);
    if (opts.reloadAt === type && !reloaded) {
      reloaded = true;
      await answer(page, type, PLAN[lang], opts.keyboard); // half-answered, then reload
      await page.reload({ waitUntil: 'load' });
      const again = await waitScreen(page);
      assert.equal(again.kind, 'question', 'after a reload the question comes back');
      assert.equal(again.n, n, 'after a reload the same question comes back');
      assert.equal(again.type, type);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the language is remembered');
    }
    if (opts.killAt === type && first) {
      await page.$eval('#question', (q) => { q.dataset.stale = 'yes'; });
      hostDown = true;
      await opts.kill();
      await page.waitForFunction(() => document.getElementById('status').textContent !== '', { timeout: 5000 });
      await shot(page, `${lang}-reconnecting`);
      await opts.resume();
      await page.waitForFunction((n0) => document.getElementById('status').textContent === ''
        && document.querySelector(`#question[data-n="${n0}"]:not([data-stale])`), { timeout: 30000 }, String(n));
      hostDown = false;
    }
    if (opts.switchLanguageAt === type && first) {
      // The language can change at any moment: the server re-sends the question in the other one.
      const other = lang === 'vi' ? 'en' : 'vi';
      const before = await page.$eval('#question h1', (h) => h.textContent);
      await page.click(`.lang[data-lang="${other}"]`);
      await page.waitForFunction((b) => document.querySelector('#question h1')?.textContent !== b, { timeout: 5000 }, before);
      assert.equal(await page.evaluate(() => document.documentElement.lang), other);
      await shot(page, `${other}-${type}-switched`);
      await page.click(`.lang[data-lang="${lang}"]`);
      await page.waitForFunction((b) => document.querySelector('#question h1')?.textContent === b, { timeout: 5000 }, before);
    }
    await answer(page, type, PLAN[lang], opts.keyboard);
    if (first || type === 'scenario') await shot(page, `${lang}-${type}${screen.step ? `-step${screen.step}` : ''}`);
    if (opts.keyboard) {
      await page.focus('#submit');
      await page.keyboard.press('Enter');
    } else {
      await page.click('#submit');
    }
    // The next screen: feedback, or (scenario) the next step as a new question with the same n.
    await page.waitForFunction((was) => {
      const q = document.querySelector('#question');
      return !q || q.dataset.n !== was.n || q.dataset.step !== was.step;
    }, { timeout: 10000 }, { n: String(n), step: screen.step });
  }
  await shot(page, `${lang}-end`);
  assert.deepEqual(seen, TYPES_IN_ORDER, 'every question type was played');
  assert.equal(await page.$$eval('img', (i) => i.length), 0, 'no text became an element');
  const csp = await page.evaluate(() => sessionStorage.getItem('csp-violations') || '');
  assert.equal(csp, '', `CSP violations: ${csp}`);
  assert.deepEqual(problems, [], problems.join('\n'));
  for (const r of requests) assert.equal(new URL(r).hostname, '127.0.0.1', `request off the host: ${r}`);
  assert.ok(requests.some((r) => r.startsWith('ws://127.0.0.1')), 'the page used the WebSocket');
  await context.close();
}

// Paced: the page waits for the instructor, shows the question it opens, says "saved" and waits
// again, shows the reveal without a way to move on, and the end when the instructor ends it.
async function pacedRun(browser) {
  const { host, first, exited } = startHost('paced');
  const say = (line) => host.stdin.write(`${line}\n`);
  try {
    const listening = await first;
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(listening.url, { waitUntil: 'load' });
    await page.click('.lang[data-lang="vi"]');
    await page.type('#join-name', HOA);
    await page.click('#join-button');
    await page.waitForSelector('#wait');
    assert.equal(await page.$eval('#wait h1', (h) => h.textContent), `Xin chào, ${HOA}!`, 'the greeting shows the name as text');
    assert.equal(await page.$$eval('script', (s) => s.length), 1, 'a name never becomes an element');
    await shot(page, 'vi-paced-wait');
    say('next');
    await page.waitForSelector('#question[data-n="0"]');
    await answer(page, 'single', PLAN.vi, false);
    await page.click('#submit');
    await page.waitForSelector('#wait .saved');
    assert.equal(await page.$eval('#wait .saved', (e) => e.textContent), '✓ Đã lưu câu trả lời của bạn.');
    await shot(page, 'vi-paced-saved');
    say('reveal');
    await page.waitForSelector('#feedback');
    assert.equal(await page.$('#next'), null, 'paced: only the instructor moves on');
    assert.ok((await page.$$eval('ul.right li', (l) => l.map((x) => x.textContent))).includes(PLAN.vi.single));
    await shot(page, 'vi-paced-reveal');
    say('next');
    await page.waitForSelector('#question[data-n="1"]');
    for (let i = 1; i < TYPES_IN_ORDER.length; i++) say('next');
    await page.waitForSelector('#end');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    say('stop');
    assert.equal(await exited, 0, 'live-host (paced) stops with 0');
  }
}

async function main() {
  checkSources();
  let self = startHost('self');
  let browser;
  try {
    const listening = await self.first;
    // The instructor's app killed mid-session and started again: the page reconnects by itself.
    const kill = async () => {
      self.host.kill('SIGKILL');
      await self.exited;
    };
    const resume = async () => {
      self = startHost('self', listening.port, true);
      assert.equal((await self.first).code, listening.code, 'the resumed session keeps its code');
    };
    const base = listening.url.split('#')[0];
    assert.match(listening.code, /^[0-9]{6}$/);
    assert.equal(listening.url, `http://127.0.0.1:${listening.port}/#c=${listening.code}`);
    const index = await get(base);
    assert.equal(index.statusCode, 200);
    assert.equal(index.headers['content-security-policy'], CSP);
    assert.equal(index.headers['x-content-type-options'], 'nosniff');
    assert.equal((await get(`${base}index.html`)).statusCode, 404);

    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir: path.join(tmp, 'chromium'),
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
    });
    await participant(browser, listening.url, 'vi', 'Nguyễn Thị Lan', { reloadAt: 'ordering', switchLanguageAt: 'multiple', killAt: 'matching', kill, resume, wrongCodeFirst: true,
      shootEverything: true });
    await participant(browser, listening.url, 'en', MINH, { keyboard: true });
    self.host.stdin.write('stop\n');
    assert.equal(await self.exited, 0, 'live-host stops with 0');
    await pacedRun(browser);
    await browser.close();
    browser = null;
  } finally {
    if (browser) await browser.close();
    if (self.host.exitCode === null) self.host.kill('SIGTERM');
  }

  const csvPath = path.join(tmp, 'answers.csv');
  execFileSync(khien, ['export', '--format', 'answers-csv', '--out', csvPath, '--class', CLASS, '--db', db], { env });
  const rows = fs.readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1).map((l) => l.split(/[;,]/));
  const find = (who, q) => rows.filter((r) => r[0] === who && r[4] === q);
  const expect = [
    ['Nguyễn Thị Lan', 'otp-single', 'hang-up', true], ['Nguyễn Thị Lan', 'lost-phone', 'lock bank passwords report', true],
    ['Nguyễn Thị Lan', 'points-sms', 'hurry link', true], [MINH, 'otp-single', 'read', false],
    [MINH, 'lost-phone', 'report bank lock passwords', false], [MINH, 'points-sms', 'sender link', false],
    [HOA, 'otp-single', 'hang-up', true],
  ];
  for (const [who, q, chosen, correct] of expect) {
    const found = find(who, q);
    assert.equal(found.length, 1, `one stored answer of ${who} to ${q}: ${JSON.stringify(rows)}`);
    assert.equal(found[0][6], chosen, `${who} chose ${chosen} for ${q}`);
    assert.equal(found[0][7] === 'yes' || found[0][7] === 'có', correct, `${who} ${q} correct=${correct}`);
  }
  for (const who of ['Nguyễn Thị Lan', MINH])
    assert.equal(new Set(rows.filter((r) => r[0] === who).map((r) => r[4])).size, 10, `${who} has every answer stored`);
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log('live browser test: passed');
}

main().catch((e) => {
  console.error(e);
  console.error(`kept for inspection: ${tmp}`);
  process.exit(1);
});
