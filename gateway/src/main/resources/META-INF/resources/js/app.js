// The staff web page: log in, learn the person's roles, route between the board, one onboarding and operations.
import { login } from './auth.js';
import { createApi } from './api.js';
import { openStream } from './sse.js';
import { h, replace } from './dom.js';
import { boardView } from './views/board.js';
import { onboardingView } from './views/onboarding.js';
import { operationsView } from './views/operations.js';
import { needsMeView } from './views/needs-me.js';
import { customerView } from './views/customer.js';

const POLL_MS = 15000;
const main = document.getElementById('main');
let current;

async function start() {
  let auth;
  try {
    auth = await login();
  } catch (error) {
    fatal('You could not be logged in.', error);
    return;
  }
  const api = createApi(auth);
  let me;
  try {
    me = await api.get('/api/me');
  } catch (error) {
    fatal('The gateway did not accept your login.', error);
    return;
  }
  const roles = new Set(me.roles);
  const session = {
    api,
    user: me.user,
    roles,
    canAct: roles.has('staff') || roles.has('admin'),
    canOperate: roles.has('operator') || roles.has('admin'),
  };

  document.getElementById('user').replaceChildren(
    h('span', { class: 'visually-hidden' }, 'Logged in as '), me.user,
    h('span', { class: 'roles' }, ` · ${[...roles].filter((r) => ['staff', 'operator', 'admin'].includes(r)).join(', ') || 'no role'}`));
  const logout = document.getElementById('logout');
  logout.hidden = false;
  logout.addEventListener('click', () => auth.logout());
  document.getElementById('nav-operations').hidden = !session.canOperate;

  window.addEventListener('hashchange', () => route(session, true));
  route(session, false);
  followChanges(session);
}

function route(session, moveFocus) {
  current?.dispose?.();
  const path = location.hash.replace(/^#/, '') || '/';
  const container = h('div');
  replace(main, container);
  let match;
  if ((match = path.match(/^\/onboardings\/(.+)$/))) {
    current = onboardingView(session, container, decodeURIComponent(match[1]));
  } else if ((match = path.match(/^\/customers\/(.+)$/))) {
    current = customerView(session, container, decodeURIComponent(match[1]));
  } else if (path === '/needs-me') {
    current = needsMeView(session, container);
  } else if (path === '/operations') {
    current = operationsView(session, container);
  } else {
    current = boardView(session, container);
  }
  for (const link of document.querySelectorAll('.mainnav a')) {
    const section = ['/operations', '/needs-me'].find((p) => path.startsWith(p));
    const active = link.getAttribute('href') === (section ? `#${section}` : '#/');
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (moveFocus) main.focus();
}

/** Live updates: the onboarding-changed stream; where the gateway has none (404), a refresh every 15 seconds. */
function followChanges(session) {
  const state = document.getElementById('live-state');
  const show = (name, text) => {
    state.dataset.state = name;
    state.textContent = text;
  };
  let poller;
  openStream(session.api, '/api/onboardings/changes', {
    onEvent(event) {
      if (event.type !== 'onboarding-changed') return;
      let change;
      try {
        change = JSON.parse(event.data);
      } catch {
        return;
      }
      current?.onChange?.(change);
    },
    onState(name) {
      if (name === 'live') show('live', 'Live updates');
      else if (name === 'reconnecting') show('reconnecting', 'Reconnecting…');
      else if (name === 'connecting') show('connecting', '');
      else {
        show('polling', `Refreshing every ${POLL_MS / 1000} s`);
        state.title = name === 'unavailable'
          ? 'This gateway has no live change stream yet; the page refreshes itself instead.'
          : 'Live changes are not open to your role; the page refreshes itself instead.';
        poller ??= setInterval(() => current?.onChange?.(null), POLL_MS);
      }
    },
  });
}

function fatal(message, error) {
  replace(main, h('div', { class: 'notice error', role: 'alert' },
    h('strong', null, message), ' ', error?.message ?? String(error),
    h('p', null, h('a', { href: '/' }, 'Try again'))));
}

start();
