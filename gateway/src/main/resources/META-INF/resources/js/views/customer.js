// A customer's history: its onboardings, its T&C record and the audit trail of its onboardings, filterable.
import { h, replace } from '../dom.js';
import { statusBadge, progress, when } from '../format.js';

export function customerView(session, container, accountName) {
  const body = h('div', null, h('p', { class: 'muted loading' }, 'Loading the customer…'));
  let disposed = false;
  let auditFilter = '';
  let customer;
  const auditRows = h('div', { class: 'table-wrap' });

  replace(container, h('a', { class: 'back', href: '#/' }, '← All onboardings'), body);

  async function refresh() {
    try {
      customer = await session.api.get(`/api/customers/${encodeURIComponent(accountName)}`);
      if (disposed) return;
      render();
    } catch (error) {
      if (disposed) return;
      replace(body, h('div', { class: 'notice error', role: 'alert' },
        error.status === 404 ? `There is no customer ${accountName}.` : `The customer could not be loaded. ${error.message}`));
    }
  }

  function render() {
    const tc = customer.termsRecord;
    replace(body,
      h('div', { class: 'page-head' }, h('div', null, h('h1', { id: 'customer-title' }, customer.accountName),
        h('p', { class: 'muted' }, `${customer.onboardings.length} onboarding${customer.onboardings.length === 1 ? '' : 's'}`))),
      h('section', { class: 'card', 'aria-labelledby': 'tc-title' },
        h('div', { class: 'card-head' }, h('h2', { id: 'tc-title' }, 'T&C agreement')),
        h('div', { class: 'card-body', id: 'customer-terms' },
          customer.termsOnFile
            ? (tc ? ['On file, recorded ', when(tc.recordedAt), ` (${tc.source}${tc.envelopeId ? `, envelope ${tc.envelopeId}` : ''})`]
              : 'On file (named in the gateway\'s configuration)')
            : 'Not on file')),
      h('section', { class: 'card', 'aria-labelledby': 'history-title' },
        h('div', { class: 'card-head' }, h('h2', { id: 'history-title' }, 'Onboardings')),
        h('div', { class: 'table-wrap' }, h('table', { class: 'board', id: 'customer-onboardings' },
          h('thead', null, h('tr', null, ['Started', 'Services', 'Status', 'Progress'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', null, customer.onboardings.map((o) => h('tr', { 'data-onboarding': o.id },
            h('td', null, h('a', { href: `#/onboardings/${encodeURIComponent(o.id)}` }, when(o.createdAt))),
            h('td', null, o.services.join(', ') || '—'),
            h('td', null, statusBadge(o.status)),
            h('td', null, progress(o.stepsDone, o.stepsTotal)))))))),
      h('section', { class: 'card', 'aria-labelledby': 'audit-title' },
        h('div', { class: 'card-head' }, h('h2', { id: 'audit-title' }, 'Audit trail')),
        h('div', { class: 'filters' }, h('div', { class: 'field' }, h('label', { for: 'audit-filter' }, 'Filter'),
          h('input', { id: 'audit-filter', type: 'search', value: auditFilter, placeholder: 'Who, action or detail', autocomplete: 'off',
            'data-focus-key': 'audit-filter', onInput: (e) => { auditFilter = e.target.value.trim().toLowerCase(); renderAudit(); } }))),
        auditRows));
    renderAudit();
  }

  function renderAudit() {
    const entries = customer.audit.filter((a) => !auditFilter
      || [a.actor, a.action, a.detail, a.result, a.onboardingId].some((v) => v && v.toLowerCase().includes(auditFilter)));
    replace(auditRows, entries.length ? h('table', { id: 'customer-audit' },
      h('thead', null, h('tr', null, ['When', 'Who', 'Action', 'Detail', 'Result'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, entries.map((a) => h('tr', { 'data-action': a.action },
        h('td', { class: 'when' }, when(a.at, { compact: true })), h('td', null, a.actor), h('td', null, a.action),
        h('td', { class: 'message' }, a.detail ?? ''), h('td', null, a.result)))))
      : h('p', { class: 'empty' }, auditFilter ? 'No audit entry matches.' : 'No staff action yet.'));
  }

  refresh();
  return {
    onChange(change) {
      if (!change || customer?.onboardings.some((o) => o.id === change.onboardingId)) refresh();
    },
    dispose() {
      disposed = true;
    },
  };
}
