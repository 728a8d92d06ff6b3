// Khiên live session: the page a phone or room PC opens from the join URL (ADDR:PORT/#c=CODE).
// Plain JS, no framework, no external resource; every text reaches the page as a text node
// (never as HTML), so names and content can hold anything. Messages: app/live/protocol.md.
'use strict';

const TEXTS = {
  vi: {
    join: 'Tham gia', joinTitle: 'Tham gia phiên học trực tiếp', code: 'Mã phiên', name: 'Tên của bạn',
    codeHint: '6 chữ số, trên màn hình của giảng viên', connecting: 'Đang kết nối…',
    reconnecting: 'Mất kết nối. Đang thử lại…', wait: 'Chờ giảng viên mở câu tiếp theo',
    waitStart: 'Bạn đã tham gia. Chờ giảng viên bắt đầu.', hello: 'Xin chào, {0}!',
    progress: 'Câu {0}/{1}', submit: 'Gửi câu trả lời', sending: 'Đang gửi…', saved: 'Đã lưu',
    next: 'Câu tiếp theo', correct: 'Đúng', incorrect: 'Chưa đúng', rightAnswer: 'Đáp án đúng:',
    reveal: 'Đáp án', end: 'Hoàn thành!', score: '{0}/{1} điểm', endNote: 'Cảm ơn bạn đã tham gia.',
    moveUp: 'Đưa “{0}” lên', moveDown: 'Đưa “{0}” xuống',
    choose: '— Chọn —', flagHint: 'Chạm vào từng phần đáng ngờ để đánh dấu. Chạm lần nữa để bỏ.',
    yourAnswer: 'Câu trả lời của bạn',
    numberAnswer: 'Số của bạn', true: 'Đúng', false: 'Sai', gap: 'Chọn từ còn thiếu',
    chooseOne: 'Chọn một đáp án.', chooseAny: 'Chọn mọi đáp án đúng.',
    kind_sms: 'Tin nhắn SMS', kind_email: 'Email', kind_chat: 'Tin nhắn trò chuyện', kind_web: 'Trang web',
    kind_call: 'Cuộc gọi', role_sender: 'Người gửi', role_subject: 'Tiêu đề', role_address: 'Địa chỉ',
    role_body: 'Nội dung', role_link: 'Đường link', role_button: 'Nút bấm',
    err_schema: 'Trang gửi một tin không hợp lệ. Hãy tải lại trang.', err_code: 'Mã phiên không đúng.',
    err_full: 'Phiên đã đủ người.', err_name: 'Hãy chọn tên khác: từ 1 đến 60 ký tự, chưa ai trong phiên dùng.',
    err_nameEmpty: 'Hãy nhập tên của bạn (tối đa 60 ký tự).',
    outcome_good: 'Kết cục tốt', outcome_mixed: 'Kết cục tạm ổn', outcome_bad: 'Kết cục xấu',
    savedWait: 'Đã lưu câu trả lời của bạn.',
    err_rate: 'Bạn thao tác quá nhanh. Chờ một chút rồi thử lại.', err_closed: 'Phiên học đã kết thúc.',
    err_notopen: 'Câu hỏi này chưa mở hoặc đã đóng.', err_answered: 'Bạn đã trả lời câu này.',
    err_token: 'Phiên của bạn đã hết hạn. Hãy tham gia lại.', err_codeFormat: 'Mã phiên gồm 6 chữ số.',
    err_unknown: 'Có lỗi. Hãy thử lại.', err_pick: 'Hãy chọn một đáp án trước khi gửi.',
    err_pairs: 'Hãy ghép đủ mọi mục.', err_text: 'Hãy nhập câu trả lời.', err_number: 'Hãy nhập một số.',
  },
  en: {
    join: 'Join', joinTitle: 'Join the live session', code: 'Session code', name: 'Your name',
    codeHint: '6 digits, on the instructor\'s screen', connecting: 'Connecting…',
    reconnecting: 'Connection lost. Trying again…', wait: 'Waiting for the instructor to open the next question',
    waitStart: 'You have joined. Waiting for the instructor to start.', hello: 'Hello, {0}!',
    progress: 'Question {0} of {1}', submit: 'Send answer', sending: 'Sending…', saved: 'Saved',
    next: 'Next question', correct: 'Correct', incorrect: 'Not quite', rightAnswer: 'The right answer:',
    reveal: 'Answer', end: 'Finished!', score: '{0}/{1} points', endNote: 'Thank you for taking part.',
    moveUp: 'Move “{0}” up', moveDown: 'Move “{0}” down',
    choose: '— Choose —', flagHint: 'Tap each suspicious part to mark it. Tap again to unmark.',
    yourAnswer: 'Your answer',
    numberAnswer: 'Your number', true: 'True', false: 'False', gap: 'Choose the missing word',
    chooseOne: 'Choose one answer.', chooseAny: 'Choose every right answer.',
    kind_sms: 'SMS message', kind_email: 'Email', kind_chat: 'Chat message', kind_web: 'Web page',
    kind_call: 'Phone call', role_sender: 'Sender', role_subject: 'Subject', role_address: 'Address',
    role_body: 'Text', role_link: 'Link', role_button: 'Button',
    err_schema: 'The page sent an invalid message. Please reload the page.', err_code: 'Wrong session code.',
    err_full: 'The session is full.', err_name: 'Choose another name: 1 to 60 characters, not already used in this session.',
    err_nameEmpty: 'Please type your name (at most 60 characters).',
    outcome_good: 'A good ending', outcome_mixed: 'A mixed ending', outcome_bad: 'A bad ending',
    savedWait: 'Your answer is saved.',
    err_rate: 'Too fast. Wait a moment and try again.', err_closed: 'The session has ended.',
    err_notopen: 'This question is not open (yet or any more).', err_answered: 'You already answered this question.',
    err_token: 'Your session has expired. Please join again.', err_codeFormat: 'The session code has 6 digits.',
    err_unknown: 'Something went wrong. Please try again.', err_pick: 'Choose an answer before sending.',
    err_pairs: 'Match every item.', err_text: 'Please type an answer.', err_number: 'Please type a number.',
  },
};
const NAME_MAX = 60;
const TEXT_MAX = 500;
const STORE = { lang: 'khien.live.lang', token: 'khien.live.token', name: 'khien.live.name', code: 'khien.live.code' };

const S = {
  lang: pickLanguage(),
  code: sessionStorage.getItem(STORE.code) || '', // the fragment is cleared: a reload keeps the code here
  token: sessionStorage.getItem(STORE.token) || '',
  name: sessionStorage.getItem(STORE.name) || '',
  ws: null,
  retries: 0,
  retryTimer: 0,
  ended: false,
  pendingJoin: false,
  mode: '',          // 'paced' or 'self', from `joined`
  lastAck: -1,       // n of the last answer the server stored
  pingTimer: 0,
  screen: null,      // () => void that redraws the current screen (used when the language changes)
  question: null,    // the question message being answered
  held: null,        // a question that arrived while feedback is on screen
  error: '',
};

function pickLanguage() {
  const kept = sessionStorage.getItem(STORE.lang);
  if (kept === 'vi' || kept === 'en') return kept;
  return (navigator.language || '').toLowerCase().startsWith('en') ? 'en' : 'vi';
}

function t(key, ...args) {
  const s = (TEXTS[S.lang] && TEXTS[S.lang][key]) || TEXTS.en[key] || key;
  return s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

// el('p', {class: 'x'}, 'text', child): every string child becomes a text node.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

const str = (v) => (typeof v === 'string' ? v : '');
const list = (v) => (Array.isArray(v) ? v : []);
let uid = 0;
const nextId = (p) => `${p}-${++uid}`;

function show(draw, focusSelector) {
  S.screen = draw;
  const main = document.getElementById('main');
  main.replaceChildren(draw());
  const target = (focusSelector && main.querySelector(focusSelector)) || main.querySelector('h1') || main;
  if (!target.hasAttribute('tabindex') && !/^(INPUT|BUTTON|SELECT)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
}

function redraw() {
  if (!S.screen) return;
  const main = document.getElementById('main');
  const active = document.activeElement && document.activeElement.id;
  main.replaceChildren(S.screen());
  const again = active && document.getElementById(active);
  if (again) again.focus();
}

function status(text) {
  document.getElementById('status').textContent = text || '';
}

// ---- language ---------------------------------------------------------------------------------

function setLanguage(lang, tell) {
  if (lang !== 'vi' && lang !== 'en') return;
  S.lang = lang;
  sessionStorage.setItem(STORE.lang, lang);
  document.documentElement.lang = lang;
  document.title = `Khiên · ${t('joinTitle')}`;
  for (const b of document.querySelectorAll('.lang')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  document.getElementById('langs').setAttribute('aria-label', lang === 'vi' ? 'Ngôn ngữ' : 'Language');
  if (tell && S.token && S.ws && S.ws.readyState === WebSocket.OPEN) send({ t: 'lang', lang });
  redraw();
}

// ---- connection -------------------------------------------------------------------------------

function send(msg) {
  if (S.ws && S.ws.readyState === WebSocket.OPEN) {
    S.ws.send(JSON.stringify(msg));
    return true;
  }
  return false;
}

function connect() {
  clearTimeout(S.retryTimer);
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
  S.ws = ws;
  ws.addEventListener('open', () => {
    S.retries = 0;
    clearInterval(S.pingTimer);
    S.pingTimer = setInterval(() => { if (S.token) send({ t: 'ping' }); }, 240000);
    status('');
    if (S.token) send({ t: 'resume', token: S.token });
    else if (S.pendingJoin) sendJoin();
  });
  ws.addEventListener('message', (ev) => {
    if (typeof ev.data !== 'string' || ev.data.length > 65536) return;
    let msg;
    try { msg = JSON.parse(ev.data); } catch { return; }
    if (msg && typeof msg === 'object' && typeof msg.t === 'string') handle(msg);
  });
  ws.addEventListener('close', () => {
    if (S.ws !== ws) return;
    S.ws = null;
    clearInterval(S.pingTimer);
    if (S.ended) return;
    if (!S.token && !S.pendingJoin) return; // not joined: reconnect when the person presses Join
    status(t('reconnecting'));
    const delay = Math.min(10000, 500 * 2 ** S.retries) * (0.75 + Math.random() * 0.5);
    S.retries = Math.min(S.retries + 1, 8);
    S.retryTimer = setTimeout(connect, delay);
  });
}

function ensureConnected() {
  if (S.ws && (S.ws.readyState === WebSocket.OPEN || S.ws.readyState === WebSocket.CONNECTING)) return;
  connect();
}

function sendJoin() {
  S.pendingJoin = false;
  send({ t: 'join', code: S.code, name: S.name, lang: S.lang });
}

function handle(msg) {
  switch (msg.t) {
  case 'joined':
    if (typeof msg.token === 'string' && msg.token.length <= 100) {
      S.token = msg.token;
      sessionStorage.setItem(STORE.token, msg.token);
    }
    if (typeof msg.name === 'string') { S.name = msg.name; sessionStorage.setItem(STORE.name, msg.name); }
    if (msg.mode === 'paced' || msg.mode === 'self') S.mode = msg.mode;
    if (msg.lang !== S.lang) send({ t: 'lang', lang: S.lang }); // switched while away: the page's choice wins
    S.error = '';
    showWait(true);
    break;
  case 'wait':
  case 'question':
  case 'end':
    // Self-paced: the next question comes right after the feedback; it waits for "Next question".
    if (S.mode === 'self' && feedbackShown()) { S.held = msg; break; }
    show_(msg);
    break;
  case 'ack':
    if (Number.isInteger(msg.n)) S.lastAck = msg.n;
    markSaved(msg.n);
    break;
  case 'feedback':
    showFeedback(msg, false);
    break;
  case 'reveal':
    showFeedback(msg, true);
    break;
  case 'error':
    onError(str(msg.why));
    break;
  default:
    break;
  }
}

function show_(msg) {
  if (msg.t === 'question') showQuestion(msg);
  else if (msg.t === 'wait') showWait(!S.question); // before the first question: keep the greeting
  else { S.ended = true; forget(); showEnd(msg); if (S.ws) S.ws.close(); }
}

function forget() {
  S.token = '';
  sessionStorage.removeItem(STORE.token);
}

function onError(why) {
  const key = { schema: 'err_schema', code: 'err_code', full: 'err_full', name: 'err_name', rate: 'err_rate',
    closed: 'err_closed', 'not-open': 'err_notopen', answered: 'err_answered', token: 'err_token' }[why] || 'err_unknown';
  const joining = !S.question && document.getElementById('join-code');
  if (why === 'token' || why === 'closed' || why === 'code' || why === 'full' || why === 'name'
      || (why === 'rate' && (joining || !S.token))) {
    if (why === 'token' || why === 'closed') forget();
    if (why === 'closed') { S.ended = true; status(''); showMessage(t(key)); return; }
    S.error = key;
    if (!S.token && S.ws) { // a refused join: the next try starts on a fresh socket
      const ws = S.ws;
      S.ws = null;
      ws.close();
    }
    status('');
    showJoin();
    return;
  }
  const box = document.getElementById('answer-error');
  if (box) {
    box.textContent = t(key);
    const submit = document.getElementById('submit');
    if (submit && why !== 'answered' && why !== 'not-open') { submit.disabled = false; submit.textContent = t('submit'); }
  } else {
    status(t(key));
  }
}

// ---- screens ----------------------------------------------------------------------------------

function showJoin() {
  show(() => {
    const codeId = 'join-code';
    const nameId = 'join-name';
    const err = S.error ? el('p', { class: 'error', id: 'join-error', role: 'alert' }, t(S.error)) : null;
    const form = el('form', { class: 'card', novalidate: true, onsubmit: onJoin },
      el('h1', {}, t('joinTitle')),
      el('label', { class: 'field', for: codeId }, t('code')),
      el('input', { id: codeId, name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6',
        pattern: '[0-9]{6}', value: S.code, 'aria-describedby': 'code-hint', required: true }),
      el('p', { class: 'muted', id: 'code-hint' }, t('codeHint')),
      el('label', { class: 'field', for: nameId }, t('name')),
      el('input', { id: nameId, name: 'name', autocomplete: 'name', maxlength: String(NAME_MAX), value: S.name,
        required: true }),
      err,
      el('button', { type: 'submit', class: 'primary', id: 'join-button' }, t('join')));
    return form;
  }, S.code ? '#join-name' : '#join-code');
}

function onJoin(ev) {
  ev.preventDefault();
  const code = document.getElementById('join-code').value.replace(/\s+/g, '');
  const name = document.getElementById('join-name').value.trim().replace(/\s+/g, ' ');
  S.code = code;
  S.name = name;
  if (!/^[0-9]{6}$/.test(code)) { S.error = 'err_codeFormat'; showJoin(); return; }
  if (!name || name.length > NAME_MAX) { S.error = 'err_nameEmpty'; showJoin(); return; }
  S.error = '';
  sessionStorage.setItem(STORE.name, name);
  sessionStorage.setItem(STORE.code, code);
  S.pendingJoin = true;
  status(t('connecting'));
  if (S.ws && S.ws.readyState === WebSocket.OPEN) sendJoin();
  else ensureConnected();
}

function showWait(first) {
  const saved = !first && S.question && S.lastAck === S.question.n;
  show(() => el('section', { class: 'card', id: 'wait' },
    saved ? el('p', { class: 'saved' }, `✓ ${t('savedWait')}`) : null,
    el('h1', {}, first ? t('hello', S.name) : t('wait')),
    first ? el('p', { class: 'muted' }, t('waitStart')) : null));
}

function showMessage(text) {
  show(() => el('section', { class: 'card' }, el('h1', {}, text)));
}

function showEnd(msg) {
  const score = Number.isFinite(msg.score) ? msg.score : 0;
  const max = Number.isFinite(msg.max) ? msg.max : 0;
  show(() => el('section', { class: 'card', id: 'end' },
    el('h1', {}, t('end')),
    el('p', { class: 'score' }, t('score', fmt(score), fmt(max))),
    el('p', { class: 'muted' }, t('endNote'))));
}

const fmt = (x) => (Math.round(x * 100) / 100).toLocaleString(S.lang === 'vi' ? 'vi-VN' : 'en-GB');

function feedbackShown() {
  return !!document.getElementById('feedback') && !!document.getElementById('next');
}

function markSaved(n) {
  if (!S.question || S.question.n !== n) return;
  const note = document.getElementById('saved');
  if (note) note.textContent = t('saved');
  const submit = document.getElementById('submit');
  if (submit) submit.textContent = t('saved');
}

// feedback (self-paced, after the ack) and reveal (paced, on the instructor's command) look alike.
function showFeedback(msg, isReveal) {
  const q = S.question && S.question.n === msg.n ? S.question.q : null;
  show(() => {
    const parts = [el('h1', {}, isReveal ? t('reveal') : t('saved'))];
    if (!isReveal && typeof msg.correct === 'boolean')
      parts.push(el('p', { class: `verdict ${msg.correct ? 'good' : 'bad'}` }, `${msg.correct ? '✓' : '✗'} ${t(msg.correct ? 'correct' : 'incorrect')}`));
    const outcome = msg.right && str(msg.right.outcome);
    if (outcome && TEXTS.en[`outcome_${outcome}`])
      parts.push(el('p', { class: `verdict ${outcome === 'good' ? 'good' : 'bad'}` }, t(`outcome_${outcome}`)));
    const right = describeRight(q, msg.right);
    if (right.length) parts.push(el('p', {}, t('rightAnswer')), el('ul', { class: 'right' }, right.map((x) => el('li', {}, x))));
    if (str(msg.explanation)) parts.push(el('p', { class: 'consequence' }, str(msg.explanation)));
    // Paced: the instructor opens the next question for everyone; self-paced: the participant moves on.
    if (S.mode === 'paced') parts.push(el('p', { class: 'muted' }, t('wait')));
    else parts.push(el('button', { type: 'button', class: 'primary', id: 'next', onclick: onNext }, t('next')));
    return el('section', { class: 'card', id: 'feedback', 'aria-live': 'polite' }, parts);
  });
}

function onNext() {
  const held = S.held;
  S.held = null;
  if (held) show_(held);
  else if (!S.ended) showWait(false);
}

// Turns the right answer into lines of text, using the texts of the question on screen.
function describeRight(q, right) {
  if (!right || typeof right !== 'object') return [];
  const names = new Map();
  if (q) for (const o of [...list(q.options), ...list(q.items), ...list(q.parts), ...list(q.step && q.step.choices), ...list(q.right)]) names.set(o.id, str(o.text));
  const nameOf = (id) => names.get(id) || (id === 'true' ? t('true') : id === 'false' ? t('false') : String(id));
  if (Array.isArray(right.ids)) return right.ids.map(nameOf);
  if (Array.isArray(right.order)) return right.order.map((id, i) => `${i + 1}. ${nameOf(id)}`);
  if (right.pairs && typeof right.pairs === 'object') {
    const lefts = new Map(list(q && q.left).map((o) => [o.id, str(o.text)]));
    const rights = new Map(list(q && q.right).map((o) => [o.id, str(o.text)]));
    return Object.entries(right.pairs).map(([l, r]) => `${lefts.get(l) || l} → ${rights.get(r) || r}`);
  }
  if (typeof right.choice === 'string') return [nameOf(right.choice)];
  if (Array.isArray(right.texts)) return right.texts.map(String);
  if (typeof right.text === 'string') return [right.text.replace(/\*/g, '…')]; // `*` in accepted answers: any text
  return [];
}

// ---- questions --------------------------------------------------------------------------------

const RENDER = {
  single: renderChoice, truefalse: renderChoice, multiple: renderChoice, missingword: renderMissingWord,
  ordering: renderOrdering, matching: renderMatching, redflags: renderRedFlags, scenario: renderScenario,
  shortanswer: renderText, numeric: renderText,
};

function showQuestion(msg) {
  if (!msg.q || typeof msg.q !== 'object') return;
  const q = msg.q;
  const render = RENDER[q.type];
  if (!render) return;
  const answer = {}; // filled by the renderer's controls; read by collect()
  S.question = msg;
  show(() => {
    const body = render(q, answer);
    const form = el('form', { class: 'card', id: 'question', 'data-type': q.type, 'data-n': String(msg.n), 'data-q': str(q.id),
      'data-step': Number.isInteger(q.stepNo) ? String(q.stepNo) : '', novalidate: true, onsubmit: (ev) => {
      ev.preventDefault();
      submit(msg, body.collect());
    } },
    el('p', { class: 'progress' }, t('progress', Number(msg.n) + 1, Number(msg.total) || '?')),
    body.node,
    el('p', { class: 'error', id: 'answer-error', role: 'alert' }),
    el('button', { type: 'submit', class: 'primary', id: 'submit' }, t('submit')),
    el('p', { class: 'saved', id: 'saved', role: 'status' }));
    return form;
  }, 'h1');
}

function submit(msg, result) {
  const box = document.getElementById('answer-error');
  if (result.error) { box.textContent = t(result.error); return; }
  box.textContent = '';
  const button = document.getElementById('submit');
  button.disabled = true;
  button.textContent = t('sending');
  if (!send({ t: 'answer', q: str(msg.q.id), n: msg.n, a: result.a })) {
    button.disabled = false;
    button.textContent = t('submit');
    ensureConnected();
  }
}

function title(q) {
  return el('h1', { class: 'prompt' }, str(q.prompt));
}

// Single, multiple and true/false: radio buttons or check boxes, one per option.
function renderChoice(q) {
  const multi = q.type === 'multiple';
  const group = nextId('g');
  const options = q.type === 'truefalse' && !list(q.options).length
    ? [{ id: 'true', text: t('true') }, { id: 'false', text: t('false') }] : list(q.options);
  const inputs = [];
  const fieldset = el('fieldset', { class: 'choices', 'aria-describedby': `${group}-hint` },
    el('legend', { class: 'muted', id: `${group}-hint` }, multi ? t('chooseAny') : t('chooseOne')),
    options.map((o) => {
      const id = nextId('o');
      const input = el('input', { type: multi ? 'checkbox' : 'radio', name: group, id, value: str(o.id) });
      inputs.push(input);
      const text = str(o.text) || (o.id === 'true' ? t('true') : o.id === 'false' ? t('false') : '');
      return el('label', { class: 'option', for: id }, input, el('span', {}, text));
    }));
  return {
    node: el('div', {}, title(q), fieldset),
    collect: () => {
      const ids = inputs.filter((i) => i.checked).map((i) => i.value);
      return ids.length ? { a: { ids } } : { error: 'err_pick' };
    },
  };
}

function renderMissingWord(q) {
  const id = nextId('gap');
  const select = el('select', { id }, el('option', { value: '' }, t('choose')),
    list(q.options).map((o) => el('option', { value: str(o.id) }, str(o.text))));
  const gap = el('span', { class: 'gap', 'aria-hidden': 'true' }, '…');
  select.addEventListener('change', () => { gap.textContent = select.value ? select.selectedOptions[0].textContent : '…'; });
  return {
    node: el('div', {},
      el('h1', { class: 'prompt sentence' }, str(q.prompt), ' ', gap, ' ', str(q.promptAfter)),
      el('label', { class: 'field', for: id }, t('gap')), select),
    collect: () => (select.value ? { a: { ids: [select.value] } } : { error: 'err_pick' }),
  };
}

// Ordering: the list with Up/Down buttons on each line; focus follows the moved line.
function renderOrdering(q) {
  const items = list(q.items).length ? list(q.items) : list(q.options);
  const order = items.map((o) => ({ id: str(o.id), text: str(o.text) }));
  const ol = el('ol', { class: 'order' });
  const draw = (focusId, which) => {
    ol.replaceChildren(...order.map((it, i) => el('li', { 'data-id': it.id },
      el('span', { class: 'text' }, it.text),
      el('button', { type: 'button', class: 'move up', 'aria-label': t('moveUp', it.text), disabled: i === 0,
        onclick: () => move(i, -1) }, '↑'),
      el('button', { type: 'button', class: 'move down', 'aria-label': t('moveDown', it.text), disabled: i === order.length - 1,
        onclick: () => move(i, 1) }, '↓'))));
    if (focusId) {
      const li = ol.querySelector(`li[data-id="${CSS.escape(focusId)}"]`);
      const b = li && (li.querySelector(`.move.${which}:not(:disabled)`) || li.querySelector('.move:not(:disabled)'));
      if (b) b.focus();
    }
  };
  const move = (i, d) => {
    const j = i + d;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    draw(order[j].id, d < 0 ? 'up' : 'down');
  };
  draw();
  return { node: el('div', {}, title(q), ol), collect: () => ({ a: { order: order.map((o) => o.id) } }) };
}

// Matching: one select of right-hand sides per left-hand item.
function renderMatching(q) {
  const selects = [];
  const rows = list(q.left).map((l) => {
    const id = nextId('m');
    const select = el('select', { id, 'data-left': str(l.id) }, el('option', { value: '' }, t('choose')),
      list(q.right).map((r) => el('option', { value: str(r.id) }, str(r.text))));
    selects.push(select);
    return el('div', { class: 'pair' }, el('label', { class: 'left', for: id }, str(l.text)), select);
  });
  return {
    node: el('div', {}, title(q), rows),
    collect: () => {
      if (selects.some((s) => !s.value)) return { error: 'err_pairs' };
      const pairs = {};
      for (const s of selects) pairs[s.dataset.left] = s.value;
      return { a: { pairs } };
    },
  };
}

// Red flags: the mock message, each part a toggle button marked by a sign (⚑) as well as colour.
function renderRedFlags(q) {
  const kind = str(q.mock);
  const mock = { parts: list(q.parts) };
  const marked = new Set();
  const parts = list(mock.parts).map((p) => {
    const role = str(p.role);
    const sign = el('span', { class: 'sign', 'aria-hidden': 'true' }, '');
    const button = el('button', { type: 'button', class: `part role-${role.replace(/[^a-z]/g, '')}`, 'aria-pressed': 'false',
      'data-id': str(p.id) }, sign,
    el('span', { class: 'body' }, role && t(`role_${role}`) !== `role_${role}` ? el('span', { class: 'role' }, t(`role_${role}`)) : null,
      el('span', {}, str(p.text))));
    button.addEventListener('click', () => {
      const on = !marked.has(p.id);
      if (on) marked.add(p.id); else marked.delete(p.id);
      button.setAttribute('aria-pressed', String(on));
      sign.textContent = on ? '⚑' : '';
    });
    return button;
  });
  const kindName = t(`kind_${kind}`);
  return {
    node: el('div', {}, title(q), el('p', { class: 'muted', id: 'flag-hint' }, t('flagHint')),
      el('div', { class: `mock ${kind.replace(/[^a-z]/g, '')}`, role: 'group', 'aria-describedby': 'flag-hint' },
        kindName !== `kind_${kind}` ? el('div', { class: 'mock-kind' }, kindName) : null, parts)),
    collect: () => ({ a: { ids: list(mock.parts).map((p) => str(p.id)).filter((id) => marked.has(id)) } }),
  };
}

// Scenario: one step at a time; the consequence of the last choice, when the server sends it, first.
function renderScenario(q) {
  const step = q.step && typeof q.step === 'object' ? q.step : {};
  const group = nextId('s');
  const inputs = [];
  const choices = list(step.choices).map((c) => {
    const id = nextId('c');
    const input = el('input', { type: 'radio', name: group, id, value: str(c.id) });
    inputs.push(input);
    return el('label', { class: 'option', for: id }, input, el('span', {}, str(c.text)));
  });
  return {
    node: el('div', {}, title(q),
      str(q.consequence) ? el('p', { class: 'consequence' }, str(q.consequence)) : null,
      el('p', { class: 'sentence' }, str(step.text)),
      el('fieldset', { class: 'choices' }, el('legend', { class: 'muted' }, t('chooseOne')), choices)),
    collect: () => {
      const picked = inputs.find((i) => i.checked);
      return picked ? { a: { choice: picked.value } } : { error: 'err_pick' };
    },
  };
}

// Short answer and numeric: one text field.
function renderText(q) {
  const id = nextId('t');
  const numeric = q.type === 'numeric';
  const input = el('input', { id, type: 'text', inputmode: numeric ? 'decimal' : 'text', maxlength: String(TEXT_MAX),
    autocomplete: 'off', spellcheck: 'false' });
  return {
    node: el('div', {}, title(q), el('label', { class: 'field', for: id }, numeric ? t('numberAnswer') : t('yourAnswer')), input),
    collect: () => {
      const text = input.value.trim();
      if (!text) return { error: numeric ? 'err_number' : 'err_text' };
      if (numeric && !/^[-+]?[0-9]+([.,][0-9]+)?$/.test(text)) return { error: 'err_number' };
      return { a: { text } };
    },
  };
}

// ---- start ------------------------------------------------------------------------------------

function start() {
  const m = /(?:^#|&)c=([0-9]{6})(?:&|$)/.exec(location.hash);
  if (m) S.code = m[1];
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  for (const b of document.querySelectorAll('.lang')) b.addEventListener('click', () => setLanguage(b.dataset.lang, true));
  setLanguage(S.lang, false);
  if (S.token) {
    status(t('connecting'));
    showMessage(t('connecting'));
    connect();
  } else {
    showJoin();
  }
}

// A phone that wakes up or gets its Wi-Fi back reconnects at once instead of waiting for the back-off.
function reconnectNow() {
  if (S.ended || !S.token || (S.ws && S.ws.readyState <= WebSocket.OPEN)) return;
  S.retries = 0;
  connect();
}
window.addEventListener('online', reconnectNow);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') reconnectNow(); });
document.addEventListener('DOMContentLoaded', start);
