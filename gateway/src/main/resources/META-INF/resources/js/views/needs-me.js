// "Needs me": every step waiting for a person, needing attention or failed, oldest first, with who it is for.
import { h, replace, debounce } from '../dom.js';
import { query } from '../api.js';
import { statusBadge, stepLabel, age, when } from '../format.js';

const filters = { status: '', assignee: '' };

export function needsMeView(session, container) {
  const results = h('div', { class: 'table-wrap', 'aria-live': 'polite', 'aria-busy': 'true' },
    h('p', { class: 'empty' }, 'Loading what waits for a person…'));
  const summary = h('p', { class: 'muted', id: 'needs-me-summary' });
  let disposed = false;

  async function refresh() {
    try {
      const items = await session.api.get(`/api/needs-me${query(filters)}`);
      if (disposed) return;
      results.setAttribute('aria-busy', 'false');
      replace(results, items.length ? table(items) : h('p', { class: 'empty' }, 'Nothing waits for a person.'));
      replace(summary, items.length ? `${items.length} step${items.length === 1 ? '' : 's'} waiting, oldest first` : '');
    } catch (error) {
      if (disposed) return;
      replace(results, h('div', { class: 'notice error', role: 'alert' }, 'The queue could not be loaded. ', error.message));
    }
  }
  const refreshSoon = debounce(refresh, 500);

  replace(container,
    h('div', { class: 'page-head' }, h('div', null, h('h1', null, 'Needs me'), summary)),
    h('div', { class: 'card' },
      h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the queue', onSubmit: (e) => { e.preventDefault(); refresh(); } },
        h('div', { class: 'field' }, h('label', { for: 'needs-status' }, 'Status'),
          h('select', { id: 'needs-status', onChange: (e) => { filters.status = e.target.value; refresh(); } },
            [['', 'Any'], ['WAITING_FOR_PERSON', 'Waiting for a person'], ['NEEDS_ATTENTION', 'Needs attention'], ['FAILED', 'Failed']]
              .map(([value, label]) => h('option', { value, selected: filters.status === value }, label)))),
        h('div', { class: 'field' }, h('label', { for: 'needs-assignee' }, 'Assigned to'),
          h('input', { id: 'needs-assignee', type: 'search', value: filters.assignee, placeholder: 'Person or queue', autocomplete: 'off',
            onInput: (e) => { filters.assignee = e.target.value.trim(); refreshSoon(); } }))),
      results));

  refresh();
  return {
    onChange: refreshSoon,
    dispose() {
      disposed = true;
    },
  };
}

function table(items) {
  return h('table', { class: 'board needs-me' },
    h('caption', { class: 'visually-hidden' }, 'Steps waiting for a person, oldest first'),
    h('thead', null, h('tr', null,
      ['Waiting for', 'Customer', 'Step', 'Status', 'Action', 'Assigned to'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, items.map((item) => h('tr', { 'data-onboarding': item.onboardingId, 'data-step': item.step },
      h('td', { class: 'age' }, h('span', { title: item.waitingSince }, age(item.waitingSince)),
        h('div', { class: 'muted small' }, 'since ', when(item.waitingSince, { compact: true }))),
      h('td', { class: 'customer' }, h('a', { href: `#/onboardings/${encodeURIComponent(item.onboardingId)}` },
        item.accountName || 'Customer not yet known')),
      h('td', null, h('span', { class: 'step-name' }, stepLabel(item.step)), h('div', { class: 'muted small' }, item.section)),
      h('td', null, statusBadge(item.status)),
      h('td', { class: 'action-needed' }, item.action,
        item.message ? h('div', { class: 'muted small' }, item.message) : null),
      h('td', { class: 'assignee' }, item.assignedTo)))));
}
