// The onboardings board: one page of onboardings, searched, filtered and sorted by the gateway; the rows on screen follow live changes.
import { h, replace, debounce } from '../dom.js';
import { query } from '../api.js';
import { statusBadge, statusLabel, progress, when, ONBOARDING_STATUSES } from '../format.js';

const PAGE_SIZE = 25;
// kept while the person moves between pages
const filters = { q: '', customer: '', status: '', service: '', since: '', waiting: '', attention: '', sort: 'started', order: 'desc' };
let page = 0;

export function boardView(session, container) {
  const results = h('div', { class: 'table-wrap', 'aria-live': 'polite', 'aria-busy': 'true' },
    h('p', { class: 'empty' }, 'Loading onboardings…'));
  const summary = h('p', { class: 'muted', id: 'board-summary' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of onboardings' });
  let disposed = false;
  let generation = 0;
  let visible = new Map(); // onboarding id -> its row element, for live updates of the rows on screen
  let total = 0;

  async function refresh() {
    const mine = ++generation;
    try {
      const { rows, total: count } = await session.api.page(`/api/board${query({ ...filters, page: page || '', size: PAGE_SIZE })}`);
      if (disposed || mine !== generation) return;
      total = count;
      if (!rows.length && page > 0 && total > 0) {
        page = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
        refresh();
        return;
      }
      results.setAttribute('aria-busy', 'false');
      visible = new Map();
      replace(results, rows.length ? table(rows, visible) : h('p', { class: 'empty' }, nothingFound()));
      replace(summary, describe(rows, total));
      renderPager();
    } catch (error) {
      if (disposed || mine !== generation) return;
      replace(results, h('div', { class: 'notice error', role: 'alert' }, 'The onboardings could not be loaded. ', error.message));
    }
  }
  const refreshSoon = debounce(refresh, 300);
  const refreshLater = debounce(refresh, 2000);
  const search = () => { page = 0; refresh(); };
  const searchSoon = debounce(search, 300);

  /** One visible row changed: only that row is read again. */
  async function refreshRow(id) {
    try {
      const row = await session.api.get(`/api/board/${encodeURIComponent(id)}`);
      const old = visible.get(id);
      if (disposed || !old) return;
      const fresh = rowOf(row);
      old.replaceWith(fresh);
      visible.set(id, fresh);
    } catch {
      // gone or not readable now; the next refresh of the page shows it
    }
  }

  function renderPager() {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    replace(pager,
      h('button', { type: 'button', class: 'button secondary small', id: 'page-previous', disabled: page === 0,
        onClick: () => { page -= 1; refresh(); } }, '← Newer'),
      h('span', { class: 'muted', id: 'page-position' }, `Page ${page + 1} of ${pages}`),
      h('button', { type: 'button', class: 'button secondary small', id: 'page-next', disabled: page + 1 >= pages,
        onClick: () => { page += 1; refresh(); } }, 'Older →'));
  }

  const input = (id, name, label, placeholder) => h('div', { class: 'field' }, h('label', { for: id }, label),
    h('input', {
      id, type: 'search', name, value: filters[name], placeholder, autocomplete: 'off',
      onInput: (e) => { filters[name] = e.target.value.trim(); searchSoon(); },
    }));
  const check = (id, name, label) => h('div', { class: 'field check' }, h('label', { for: id },
    h('input', { id, type: 'checkbox', name, checked: filters[name] === 'true',
      onChange: (e) => { filters[name] = e.target.checked ? 'true' : ''; search(); } }), ' ', label));
  const status = h('select', {
    id: 'filter-status', name: 'status', onChange: (e) => { filters.status = e.target.value; search(); },
  }, h('option', { value: '' }, 'Any status'),
  ONBOARDING_STATUSES.map((s) => h('option', { value: s, selected: filters.status === s }, statusLabel(s))));
  const since = h('input', {
    id: 'filter-since', type: 'date', name: 'since', value: filters.since,
    onChange: (e) => { filters.since = e.target.value; search(); },
  });
  const sort = h('select', {
    id: 'sort', name: 'sort', onChange: (e) => { [filters.sort, filters.order] = e.target.value.split(':'); search(); },
  }, [['started:desc', 'Newest first'], ['started:asc', 'Oldest first'], ['customer:asc', 'Customer A–Z'],
    ['customer:desc', 'Customer Z–A'], ['status:asc', 'Status'], ['progress:asc', 'Least progress first']]
    .map(([value, label]) => h('option', { value, selected: `${filters.sort}:${filters.order}` === value }, label)));

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search and filter onboardings',
    onSubmit: (e) => { e.preventDefault(); search(); } },
  input('filter-q', 'q', 'Search', 'Customer, onboarding id or e-mail'),
  input('filter-customer', 'customer', 'Customer', 'Part of the name'),
  input('filter-service', 'service', 'Service', 'e.g. Backup'),
  h('div', { class: 'field' }, h('label', { for: 'filter-status' }, 'Status'), status),
  h('div', { class: 'field' }, h('label', { for: 'filter-since' }, 'Started on or after'), since),
  check('filter-waiting', 'waiting', 'Waiting for a person'),
  check('filter-attention', 'attention', 'Needs attention'),
  h('div', { class: 'field' }, h('label', { for: 'sort' }, 'Sort'), sort),
  h('button', { type: 'button', class: 'button secondary', onClick: clear }, 'Clear filters'));

  replace(container,
    h('div', { class: 'page-head' },
      h('div', null, h('h1', null, 'Onboardings'), summary)),
    h('div', { class: 'card' }, form, results, pager));

  function clear() {
    Object.assign(filters, { q: '', customer: '', status: '', service: '', since: '', waiting: '', attention: '', sort: 'started', order: 'desc' });
    form.reset();
    for (const el of form.querySelectorAll('input')) {
      if (el.type === 'checkbox') el.checked = false;
      else el.value = '';
    }
    status.value = '';
    sort.value = 'started:desc';
    search();
  }

  refresh();
  return {
    onChange(change) {
      if (change && visible.has(change.onboardingId)) refreshRow(change.onboardingId);
      else if (!change) refreshSoon();
      else if (page === 0) refreshLater(); // perhaps a new onboarding at the top of the first page
    },
    dispose() {
      disposed = true;
    },
  };
}

function table(rows, visible) {
  return h('table', { class: 'board' },
    h('caption', { class: 'visually-hidden' }, 'Onboardings, newest first'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Customer'),
      h('th', { scope: 'col' }, 'Services'),
      h('th', { scope: 'col' }, 'Status'),
      h('th', { scope: 'col' }, 'Progress'),
      h('th', { scope: 'col' }, 'Started'))),
    h('tbody', null, rows.map((row) => {
      const tr = rowOf(row);
      visible.set(row.id, tr);
      return tr;
    })));
}

function rowOf(row) {
  return h('tr', { 'data-onboarding': row.id },
      h('td', { class: 'customer' },
        h('a', { href: `#/onboardings/${encodeURIComponent(row.id)}` }, row.accountName || 'Customer not yet known'),
        h('div', { class: 'muted' }, [kind(row.customerKind), row.source === 'manual' ? 'paper contract' : 'DocuSign']
          .filter(Boolean).join(' · '))),
      h('td', null, row.services?.length
        ? h('div', { class: 'chips' }, row.services.map((s) => h('span', { class: 'chip' }, s)))
        : h('span', { class: 'muted' }, 'Not read yet')),
      h('td', null, statusBadge(row.status),
        row.problems?.length ? h('div', { class: 'muted small' }, row.problems[0], row.problems.length > 1 ? ` (+${row.problems.length - 1} more)` : '') : null),
      h('td', null, progress(row.stepsDone, row.stepsTotal)),
      h('td', { class: 'when' }, when(row.createdAt)));
}

function kind(customerKind) {
  return customerKind ? customerKind.charAt(0) + customerKind.slice(1).toLowerCase() : '';
}

function describe(rows, total) {
  if (!rows.length) return '';
  const count = (status) => rows.filter((r) => r.status === status).length;
  const parts = [`${total} onboarding${total === 1 ? '' : 's'}`];
  const attention = count('NEEDS_ATTENTION') + count('FAILED');
  const waiting = count('WAITING_FOR_PERSON');
  if (attention) parts.push(`${attention} on this page need${attention === 1 ? 's' : ''} attention`);
  if (waiting) parts.push(`${waiting} on this page waiting for a person`);
  return parts.join(' · ');
}

function nothingFound() {
  return Object.entries(filters).some(([name, value]) => value && name !== 'sort' && name !== 'order')
    ? 'No onboarding matches these filters.'
    : 'No onboardings yet. They appear here when a signed agreement arrives.';
}
