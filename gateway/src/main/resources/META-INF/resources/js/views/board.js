// The onboardings board: every onboarding, newest first, filterable; refreshed when any onboarding changes.
import { h, replace, debounce } from '../dom.js';
import { query } from '../api.js';
import { statusBadge, statusLabel, progress, when, ONBOARDING_STATUSES } from '../format.js';

const filters = { customer: '', status: '', since: '' }; // kept while the person moves between pages

export function boardView(session, container) {
  const results = h('div', { class: 'table-wrap', 'aria-live': 'polite', 'aria-busy': 'true' },
    h('p', { class: 'empty' }, 'Loading onboardings…'));
  const summary = h('p', { class: 'muted', id: 'board-summary' });
  let disposed = false;
  let generation = 0;

  async function refresh() {
    const mine = ++generation;
    try {
      const rows = await session.api.get(`/api/board${query(filters)}`);
      if (disposed || mine !== generation) return;
      results.setAttribute('aria-busy', 'false');
      replace(results, rows.length ? table(rows) : h('p', { class: 'empty' }, nothingFound()));
      replace(summary, describe(rows));
    } catch (error) {
      if (disposed || mine !== generation) return;
      replace(results, h('div', { class: 'notice error', role: 'alert' }, 'The onboardings could not be loaded. ', error.message));
    }
  }
  const refreshSoon = debounce(refresh, 300);

  const customer = h('input', {
    id: 'filter-customer', type: 'search', name: 'customer', value: filters.customer, placeholder: 'Part of the name',
    autocomplete: 'off', onInput: (e) => { filters.customer = e.target.value.trim(); refreshSoon(); },
  });
  const status = h('select', {
    id: 'filter-status', name: 'status', onChange: (e) => { filters.status = e.target.value; refresh(); },
  }, h('option', { value: '' }, 'Any status'),
  ONBOARDING_STATUSES.map((s) => h('option', { value: s, selected: filters.status === s }, statusLabel(s))));
  const since = h('input', {
    id: 'filter-since', type: 'date', name: 'since', value: filters.since,
    onChange: (e) => { filters.since = e.target.value; refresh(); },
  });

  replace(container,
    h('div', { class: 'page-head' },
      h('div', null, h('h1', null, 'Onboardings'), summary)),
    h('div', { class: 'card' },
      h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter onboardings', onSubmit: (e) => { e.preventDefault(); refresh(); } },
        h('div', { class: 'field' }, h('label', { for: 'filter-customer' }, 'Customer'), customer),
        h('div', { class: 'field' }, h('label', { for: 'filter-status' }, 'Status'), status),
        h('div', { class: 'field' }, h('label', { for: 'filter-since' }, 'Started on or after'), since),
        h('button', { type: 'button', class: 'button secondary', onClick: clear }, 'Clear filters')),
      results));

  function clear() {
    Object.assign(filters, { customer: '', status: '', since: '' });
    customer.value = '';
    status.value = '';
    since.value = '';
    refresh();
  }

  refresh();
  return {
    onChange: refreshSoon,
    dispose() {
      disposed = true;
    },
  };
}

function table(rows) {
  return h('table', { class: 'board' },
    h('caption', { class: 'visually-hidden' }, 'Onboardings, newest first'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Customer'),
      h('th', { scope: 'col' }, 'Services'),
      h('th', { scope: 'col' }, 'Status'),
      h('th', { scope: 'col' }, 'Progress'),
      h('th', { scope: 'col' }, 'Started'))),
    h('tbody', null, rows.map((row) => h('tr', { 'data-onboarding': row.id },
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
      h('td', { class: 'when' }, when(row.createdAt))))));
}

function kind(customerKind) {
  return customerKind ? customerKind.charAt(0) + customerKind.slice(1).toLowerCase() : '';
}

function describe(rows) {
  if (!rows.length) return '';
  const count = (status) => rows.filter((r) => r.status === status).length;
  const parts = [`${rows.length} onboarding${rows.length === 1 ? '' : 's'}`];
  const attention = count('NEEDS_ATTENTION') + count('FAILED');
  const waiting = count('WAITING_FOR_PERSON');
  if (attention) parts.push(`${attention} need${attention === 1 ? 's' : ''} attention`);
  if (waiting) parts.push(`${waiting} waiting for a person`);
  return parts.join(' · ');
}

function nothingFound() {
  return filters.customer || filters.status || filters.since
    ? 'No onboarding matches these filters.'
    : 'No onboardings yet. They appear here when a signed agreement arrives.';
}
