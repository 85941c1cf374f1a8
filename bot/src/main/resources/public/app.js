'use strict';

// The web console: threads kept in localStorage, messages through POST /api/chat.
const TIMEOUT_MS = 120000;
// example chips: asked from the bot (they name a namespace and workload of the loaded cluster); these until then
let EXAMPLES = ['/inspect', '/help', '巡检一下集群'];

// the chat user under which the bot posts scheduled reports into a console thread
const BOT_USER = 'kubemate';
// how a decision on a proposal is announced, in both languages
const DECISIONS = { executed: 'executed / 已执行', cancelled: 'cancelled / 已取消', rejected: 'rejected / 未执行' };
// a proposal's diff longer than this is folded
const DIFF_OPEN_LINES = 24;

const state = { user: null, userFixed: false, conversation: null, busy: false };

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function newId() {
  if (window.crypto && crypto.randomUUID) return 'web-' + crypto.randomUUID();
  return 'web-' + Date.now().toString(36) + Math.random().toString(36).slice(2);
}

function threads() {
  try { return JSON.parse(localStorage.getItem('kubemate.threads') || '[]'); } catch (e) { return []; }
}

function saveThreads(list) {
  localStorage.setItem('kubemate.threads', JSON.stringify(list.slice(0, 50)));
}

function renderThreads() {
  const list = $('threads');
  list.replaceChildren();
  for (const t of threads()) {
    const item = el('li', t.id === state.conversation ? 'active' : '', t.title);
    item.title = t.title;
    item.addEventListener('click', () => openThread(t.id));
    list.appendChild(item);
  }
}

function rememberThread(text, id = state.conversation) {
  const list = threads();
  if (!list.some((t) => t.id === id)) {
    list.unshift({ id, title: text.slice(0, 60) });
    saveThreads(list);
    renderThreads();
  }
}

async function request(method, path, body) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: controller.signal,
    });
    let data;
    try { data = await response.json(); } catch (e) {
      throw new Error('the bot answered HTTP ' + response.status + ' without JSON');
    }
    if (!response.ok) {
      const failure = new Error(data.error || ('HTTP ' + response.status));
      failure.status = response.status;
      throw failure;
    }
    return data;
  } catch (e) {
    if (e.name === 'AbortError') throw new Error('no answer within ' + TIMEOUT_MS / 1000 + ' s / 超时未响应');
    if (e instanceof TypeError) throw new Error('cannot reach the bot: ' + e.message + ' / 无法连接');
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

// POST /api/chat/stream: progress events update the waiting line as tools run, the reply event ends the turn
async function streamTurn(body, onProgress) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch('/api/chat/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (!response.ok) {
      let data = {};
      try { data = await response.json(); } catch (e) { /* not JSON */ }
      const failure = new Error(data.error || ('HTTP ' + response.status));
      failure.status = response.status;
      throw failure;
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data += line.slice(5).trim();
        }
        const payload = data ? JSON.parse(data) : {};
        if (name === 'progress') onProgress(payload.text || '');
        else if (name === 'reply') return payload;
        else if (name === 'error') {
          const failure = new Error(payload.error || 'the turn failed');
          failure.status = payload.status;
          throw failure;
        }
      }
    }
    throw new Error('the bot closed the stream without a reply / 未收到回复');
  } catch (e) {
    if (e.name === 'AbortError') throw new Error('no answer within ' + TIMEOUT_MS / 1000 + ' s / 超时未响应');
    if (e instanceof TypeError) throw new Error('cannot reach the bot: ' + e.message + ' / 无法连接');
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function scrollDown() {
  const thread = $('thread');
  thread.scrollTop = thread.scrollHeight;
}

function showUser(text) {
  $('thread').appendChild(el('div', 'msg user', text));
  $('examples').replaceChildren();
  scrollDown();
}

function showError(text) {
  $('thread').appendChild(el('div', 'msg error', '⚠ ' + text));
  scrollDown();
}

function showReply(reply) {
  const box = el('div', 'msg bot');
  const body = el('div', 'reply');
  if (reply.html) {
    body.innerHTML = reply.html; // server-rendered from Markdown with raw HTML escaped
  } else {
    body.appendChild(el('pre', '', reply.reply || ''));
  }
  box.appendChild(body);
  if (reply.chart) box.appendChild(chart(reply.chart));
  if (reply.download) {
    // an exported report: the console's own download, run again as this person
    const who = state.userFixed || !state.user ? '' : '&user=' + encodeURIComponent(state.user);
    const line = el('div', 'download', '⬇ ');
    const link = el('a', '', reply.download.title || reply.download.filename);
    link.href = reply.download.url + who;
    link.setAttribute('download', reply.download.filename);
    line.appendChild(link);
    box.appendChild(line);
  }
  for (const item of reply.evidence || []) {
    const details = el('details', 'evidence');
    details.appendChild(el('summary', '', (item.title || 'evidence') + (item.source ? '  [' + item.source + ']' : '')));
    details.appendChild(el('pre', '', (item.lines || []).join('\n')));
    box.appendChild(details);
  }
  if ((reply.sources || []).length) {
    // each cited document opens in the console's document view
    const sources = el('div', 'source', 'Sources / 来源: ');
    const who = state.userFixed || !state.user ? '' : '&user=' + encodeURIComponent(state.user);
    reply.sources.forEach((s, i) => {
      if (i > 0) sources.append(', ');
      const link = el('a', '', s.title || s.source);
      link.href = '/knowledge/doc?source=' + encodeURIComponent(s.source) + who;
      link.target = '_blank';
      link.rel = 'noopener';
      sources.appendChild(link);
    });
    box.appendChild(sources);
  }
  for (const proposal of reply.proposals || []) box.appendChild(proposalCard(proposal));
  if ((reply.choices || []).length) box.appendChild(choiceButtons(reply.choices));
  $('thread').appendChild(box);
  scrollDown();
}

// a metric over time, drawn with uPlot (served from the jar); lines share one time axis, gaps stay gaps
function chart(spec) {
  const figure = el('figure', 'chart');
  figure.appendChild(el('figcaption', '', spec.title + (spec.unit ? ' (' + spec.unit + ')' : '')));
  if (typeof uPlot === 'undefined') return figure;
  const times = [...new Set(spec.lines.flatMap((l) => l.points.map((p) => p.t)))].sort((a, b) => a - b);
  const data = [times, ...spec.lines.map((line) => {
    const byTime = new Map(line.points.map((p) => [p.t, p.v]));
    return times.map((t) => (byTime.has(t) ? byTime.get(t) : null));
  })];
  const colours = ['#2680c2', '#d64545', '#3ebd93', '#f0b429', '#7b61ff', '#e12d39', '#0c6b58', '#9446ed'];
  const series = [{}, ...spec.lines.map((line, i) => ({ label: line.label, stroke: colours[i % colours.length], width: 1.5 }))];
  new uPlot({ width: 640, height: 220, series, legend: { live: false } }, data, figure);
  return figure;
}

// the bot asked which one: a click sends that choice's message as if typed
function choiceButtons(choices) {
  const row = el('div', 'choices');
  for (const choice of choices) {
    const button = el('button', 'choice', choice.label);
    button.type = 'button';
    button.title = choice.text;
    button.addEventListener('click', () => send(choice.text));
    row.appendChild(button);
  }
  return row;
}

// an ISO instant shown to the second in the browser's time zone (the server sends nanoseconds)
function shortTime(iso) {
  const when = iso ? new Date(iso) : null;
  if (!when || isNaN(when.getTime())) return '?';
  const pad = (n) => String(n).padStart(2, '0');
  return when.getFullYear() + '-' + pad(when.getMonth() + 1) + '-' + pad(when.getDate()) + ' '
    + pad(when.getHours()) + ':' + pad(when.getMinutes()) + ':' + pad(when.getSeconds());
}

function proposalCard(proposal) {
  const card = el('div', 'proposal');
  card.appendChild(el('div', '', 'Proposal / 变更提案: ' + proposal.action + ' ' + JSON.stringify(proposal.args || {})));
  if (proposal.diff) {
    // first line: what changes; the rest (a unified diff of the pod template) folded when long
    const [summary, ...rest] = proposal.diff.split('\n');
    card.appendChild(el('pre', '', summary));
    const detail = rest.filter((line) => !line.startsWith('```'));
    if (detail.length) {
      const fold = el('details', 'diff');
      fold.open = detail.length <= DIFF_OPEN_LINES;
      fold.appendChild(el('summary', '', 'diff (' + detail.length + ' lines) / 差异'));
      fold.appendChild(el('pre', '', detail.join('\n')));
      card.appendChild(fold);
    }
  }
  card.appendChild(el('div', 'meta', 'risk: ' + (proposal.risk || '?') + ' · expires: ' + shortTime(proposal.expiresAt)
    + (proposal.needsApprover ? ' · needs a second approver / 需要第二人审批' : '')));
  const confirm = el('button', 'confirm', 'Confirm / 确认');
  const cancel = el('button', 'cancel', 'Cancel / 取消');
  const decide = async (decision) => {
    confirm.disabled = true;
    cancel.disabled = true;
    try {
      const result = await request('POST', '/api/proposals/' + encodeURIComponent(proposal.id),
        { user: state.user, conversation: state.conversation, decision });
      showReply({ reply: (DECISIONS[result.status] || result.status) + (result.reason ? ': ' + result.reason : '')
        + (result.result ? '\n' + (typeof result.result === 'string' ? result.result : JSON.stringify(result.result)) : '') });
    } catch (e) {
      showError(e.message);
    }
  };
  confirm.addEventListener('click', () => decide('confirm'));
  cancel.addEventListener('click', () => decide('cancel'));
  card.append(confirm, cancel);
  return card;
}

async function send(text) {
  if (state.busy || !text.trim()) return;
  if (!state.user) {
    showError('type a user id first (e.g. web:dev) / 请先填写用户');
    return;
  }
  state.busy = true;
  $('send-button').disabled = true;
  showUser(text);
  rememberThread(text);
  const progress = el('div', 'msg progress', 'working… / 处理中…');
  $('thread').appendChild(progress);
  try {
    const reply = await streamTurn({ user: state.user, conversation: state.conversation, text },
      (step) => { progress.textContent = step.replace(/^_|_$/g, ''); scrollDown(); });
    progress.remove();
    showReply(reply);
    setMode(reply.mode);
  } catch (e) {
    progress.remove();
    showError(e.message);
  } finally {
    state.busy = false;
    $('send-button').disabled = false;
    $('message-input').focus();
  }
}

async function loadExamples() {
  const who = state.userFixed || !state.user ? '' : '?user=' + encodeURIComponent(state.user);
  try {
    const data = await request('GET', '/api/examples' + who);
    if ((data.examples || []).length) EXAMPLES = data.examples;
  } catch (e) {
    // the generic chips stay
  }
}

function showExamples() {
  const box = $('examples');
  box.replaceChildren();
  for (const example of EXAMPLES) {
    const chip = el('button', '', example);
    chip.type = 'button';
    chip.addEventListener('click', () => send(example));
    box.appendChild(chip);
  }
}

async function openThread(id) {
  state.conversation = id;
  $('thread').replaceChildren();
  renderThreads();
  try {
    // without an identity proxy (development), the server needs to know who asks
    const who = state.userFixed || !state.user ? '' : '?user=' + encodeURIComponent(state.user);
    let history = { turns: [] };
    try {
      history = await request('GET', '/api/chat/' + encodeURIComponent(id) + who);
    } catch (e) {
      // a thread that expired, or is not this user's: start it afresh
      if (e.status !== 404) throw e;
    }
    for (const turn of history.turns || []) {
      if (turn.user === BOT_USER) $('thread').appendChild(el('div', 'msg report-title', turn.text));
      else showUser(turn.text);
      showReply(turn);
    }
    if ((history.turns || []).length) rememberThread(history.turns[0].text, id);
    if (!(history.turns || []).length) showExamples();
  } catch (e) {
    showError(e.message);
  }
}

// the incident record of this thread as a file (a guided runbook run writes it)
async function exportIncident(format) {
  const who = state.userFixed || !state.user ? '' : '&user=' + encodeURIComponent(state.user);
  try {
    const response = await fetch('/api/incident/' + encodeURIComponent(state.conversation) + '?format=' + format + who);
    if (response.status === 404) throw new Error('no incident record in this thread yet: a guided runbook run writes it / 本会话还没有事件记录');
    if (!response.ok) throw new Error('export failed: HTTP ' + response.status);
    const link = el('a');
    link.href = URL.createObjectURL(await response.blob());
    const disposition = response.headers.get('Content-Disposition') || '';
    link.download = (disposition.match(/filename="([^"]+)"/) || [])[1] || 'incident.' + format;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } catch (e) {
    showError(e.message);
  }
}

function newThread() {
  state.conversation = newId();
  $('thread').replaceChildren();
  renderThreads();
  showExamples();
}

function setMode(mode) {
  const badge = $('mode-badge');
  badge.textContent = mode === 'llm' ? 'LLM' : 'Router mode — no LLM / 路由模式';
  badge.classList.toggle('llm', mode === 'llm');
}

function showUserBox() {
  const box = $('user-box');
  box.replaceChildren();
  if (state.userFixed) {
    box.textContent = 'user: ' + state.user;
    return;
  }
  const input = el('input');
  input.placeholder = 'user, e.g. web:dev';
  input.value = state.user || '';
  input.addEventListener('change', () => {
    state.user = input.value.trim() || null;
    localStorage.setItem('kubemate.user', state.user || '');
  });
  box.append('user: ', input);
}

async function start() {
  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('message-input');
    const text = input.value;
    input.value = '';
    send(text);
  });
  $('message-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });
  $('new-thread').addEventListener('click', newThread);
  $('export-md').addEventListener('click', () => exportIncident('md'));
  $('export-json').addEventListener('click', () => exportIncident('json'));
  try {
    const me = await request('GET', '/api/me');
    state.userFixed = Boolean(me.user);
    state.user = me.user || localStorage.getItem('kubemate.user') || null;
    setMode(me.mode);
    $('cluster').textContent = me.cluster + ' · state: ' + me.state;
  } catch (e) {
    showError(e.message);
  }
  showUserBox();
  if (state.user) await loadExamples();
  // a link like /#thread=ops-daily opens that thread (scheduled reports are posted to one)
  const linked = location.hash.startsWith('#thread=') ? decodeURIComponent(location.hash.slice(8)) : null;
  const known = threads();
  if (linked) openThread(linked);
  else if (known.length) openThread(known[0].id);
  else newThread();
}

start();
