// Operators: the live stream of every onboarding event, and the dead letters with replay.
import { h, replace, notify } from '../dom.js';
import { openStream } from '../sse.js';
import { when } from '../format.js';

const KEEP = 200; // events kept on screen

export function operationsView(session, container) {
  if (!session.canOperate) {
    replace(container, h('h1', null, 'Operations'),
      h('div', { class: 'notice info', role: 'note' }, 'The event stream and dead letters are for operators. Your role does not include them.'));
    return {};
  }

  const events = [];
  let paused = false;
  let filter = '';
  let streamOpen = true;
  const streamState = h('span', { class: 'stream-state muted', id: 'stream-state', role: 'status' }, 'Connecting…');
  const eventRows = h('div', { class: 'table-wrap' });
  const pause = h('button', { type: 'button', class: 'button secondary small', 'aria-pressed': 'false' }, 'Pause');
  pause.addEventListener('click', () => {
    paused = !paused;
    pause.setAttribute('aria-pressed', String(paused));
    pause.textContent = paused ? 'Resume' : 'Pause';
    if (!paused) renderEvents();
  });
  const search = h('input', {
    id: 'event-filter', type: 'search', placeholder: 'Filter by onboarding id or event type', autocomplete: 'off',
    onInput: (e) => { filter = e.target.value.trim().toLowerCase(); renderEvents(); },
  });
  const dead = h('div', { class: 'table-wrap' }, h('p', { class: 'empty' }, 'Loading dead letters…'));

  replace(container,
    h('div', { class: 'page-head' }, h('div', null, h('h1', null, 'Operations'),
      h('p', { class: 'muted' }, 'Every onboarding event as it is published, and the messages no consumer could process.'))),
    h('section', { class: 'card', id: 'event-stream', 'aria-labelledby': 'events-title' },
      h('div', { class: 'card-head' },
        h('h2', { id: 'events-title' }, 'Live event stream', streamState),
        h('div', { class: 'row' }, h('label', { for: 'event-filter', class: 'visually-hidden' }, 'Filter events'), search, ' ', pause)),
      eventRows),
    h('section', { class: 'card', id: 'dead-letters', 'aria-labelledby': 'dead-title' },
      h('div', { class: 'card-head' },
        h('h2', { id: 'dead-title' }, 'Dead letters'),
        h('button', { type: 'button', class: 'button secondary small', onClick: () => loadDeadLetters() }, 'Refresh')),
      dead));

  renderEvents();
  const stream = openStream(session.api, '/api/operations/events', {
    onEvent(message) {
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      events.unshift(event);
      events.length = Math.min(events.length, KEEP);
      if (!paused) renderEvents();
    },
    onState(name) {
      streamOpen = name !== 'unavailable' && name !== 'forbidden';
      if (!streamOpen) renderEvents();
      streamState.dataset.state = name;
      streamState.textContent = {
        connecting: 'Connecting…',
        live: 'Live',
        reconnecting: 'Reconnecting…',
        unavailable: 'Not available: this gateway has no event stream yet.',
        forbidden: 'Not available for your role.',
      }[name] ?? name;
    },
  });

  function renderEvents() {
    const shown = filter
      ? events.filter((e) => `${e.onboardingId ?? ''} ${e.type ?? ''}`.toLowerCase().includes(filter))
      : events;
    replace(eventRows, shown.length ? h('table', { class: 'events' },
      h('caption', { class: 'visually-hidden' }, 'Onboarding events, newest first'),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'Event'), h('th', { scope: 'col' }, 'Onboarding'),
        h('th', { scope: 'col' }, 'Topic · partition · offset'))),
      h('tbody', null, shown.map((e) => h('tr', null,
        h('td', { class: 'when' }, when(e.time, { timeOfDay: true })),
        h('td', null, h('strong', null, shortType(e.type)),
          h('details', null, h('summary', null, 'Data'), h('pre', { class: 'event-data' }, pretty(e.data)))),
        h('td', null, e.onboardingId
          ? h('a', { href: `#/onboardings/${encodeURIComponent(e.onboardingId)}` }, h('code', null, e.onboardingId))
          : '—'),
        h('td', null, h('code', null, `${e.topic} · ${e.partition} · ${e.offset}`))))))
      : h('p', { class: 'empty' }, events.length ? 'No event matches the filter.'
        : streamOpen ? 'Waiting for events…' : 'No live events can be shown: the stream is not open to this page.'));
  }

  async function loadDeadLetters() {
    try {
      const letters = (await session.api.get('/api/operations/dead-letters'))
        .sort((a, b) => String(b.timestamp ?? '').localeCompare(String(a.timestamp ?? ''))); // newest first
      replace(dead, letters.length ? deadLetterTable(letters) : h('p', { class: 'empty' }, 'No dead letters. Every message was processed.'));
    } catch (error) {
      replace(dead, h('div', { class: error.status === 404 ? 'notice info' : 'notice error', role: 'alert' },
        error.status === 404 ? 'Dead letters are not available on this gateway yet.' : `The dead letters could not be loaded. ${error.message}`));
    }
  }

  function deadLetterTable(letters) {
    return h('table', { class: 'dead' },
      h('caption', { class: 'visually-hidden' }, 'Dead letters'),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'From topic'), h('th', { scope: 'col' }, 'Reason'),
        h('th', { scope: 'col' }, 'Key'), h('th', { scope: 'col' }, 'Dead-letter position'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Replay')))),
      h('tbody', null, letters.map((d) => h('tr', { 'data-dead-letter': d.id ?? `${d.topic}/${d.partition}/${d.offset}` },
        h('td', { class: 'when' }, when(d.timestamp, { compact: true })),
        h('td', null, h('code', null, d.originalTopic ?? '—')),
        h('td', { class: 'message' }, d.reason ?? '—',
          h('details', null, h('summary', null, 'Message'), h('pre', { class: 'event-data' }, pretty(d.value)))),
        h('td', null, d.key ? h('code', null, d.key) : '—'),
        h('td', { class: 'nowrap' }, h('code', null, `${d.topic} · ${d.partition} · ${d.offset}`)),
        h('td', null, d.replayed ? h('span', { class: 'replayed' }, '✓ Replayed') : replayButton(d))))));
  }

  function replayButton(d) {
    const button = h('button', { type: 'button', class: 'button secondary small', 'aria-label': `Replay the dead letter at ${d.topic} ${d.partition} ${d.offset}` }, 'Replay');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await session.api.post(`/api/operations/dead-letters/${encodeURIComponent(d.topic)}/${d.partition}/${d.offset}/replay`);
        notify('Dead letter replayed to its original topic');
        loadDeadLetters();
      } catch (error) {
        notify(error.message, 'error');
        button.disabled = false;
      }
    });
    return button;
  }

  loadDeadLetters();
  return {
    dispose() {
      stream.close();
    },
  };
}

function shortType(type) {
  return (type ?? 'event').replace(/^com\.onboarding\./, '');
}

function pretty(data) {
  if (data === null || data === undefined) return '';
  if (typeof data === 'string') {
    try {
      return JSON.stringify(JSON.parse(data), null, 2);
    } catch {
      return data;
    }
  }
  return JSON.stringify(data, null, 2);
}
