// One onboarding: its checklist by the procedure's sections, the actions of a person, the event timeline.
import { h, replace, notify, debounce } from '../dom.js';
import { statusBadge, stepLabel, progress, when, today, age, recordLinks } from '../format.js';

const TERM_FIELDS = ['AccountName', 'CustomerType', 'RmmService', 'RmmDevices', 'RmmMonthlyPrice', 'BackupService',
  'BackupMonthlyPrice', 'SetupFee', 'Commitment', 'ManagedHelpDesk', 'Platforms', 'ReportRecipients',
  'ReminderRecipients', 'ServiceStart', 'GoLiveDate'];
const TICKET_NUMBER = /^T\d{8}\.\d{4}$/;

export function onboardingView(session, container, id) {
  const path = `/api/onboardings/${encodeURIComponent(id)}`;
  const head = h('div');
  const actions = h('div');
  const checklist = h('div', { 'aria-live': 'off' });
  let disposed = false;
  let view;
  // the evidence or reason form a person opened on a step: survives live refreshes with what they typed
  let openForm = null;

  replace(container, h('a', { class: 'back', href: '#/' }, '← All onboardings'), head, actions, checklist);
  replace(head, h('p', { class: 'muted loading' }, 'Loading the onboarding…'));

  async function refresh() {
    try {
      const [onboarding, row] = await Promise.all([
        session.api.get(path),
        session.api.get(`/api/board/${encodeURIComponent(id)}`).catch(() => null),
      ]);
      if (disposed) return;
      view = onboarding;
      renderHead(onboarding, row);
      renderChecklist(onboarding);
      termsAction.hidden = !needsTerms(onboarding);
    } catch (error) {
      if (disposed) return;
      replace(head, h('div', { class: 'notice error', role: 'alert' },
        error.status === 404 ? `There is no onboarding ${id}.` : `The onboarding could not be loaded. ${error.message}`));
    }
  }
  const refreshSoon = debounce(refresh, 300);

  function renderHead(o, row) {
    replace(head,
      h('div', { class: 'page-head' },
        h('div', null,
          h('h1', { id: 'onboarding-title', tabindex: '-1' }, o.accountName || 'Customer not yet known'),
          o.accountName ? h('p', null, h('a', { id: 'customer-link', href: `#/customers/${encodeURIComponent(o.accountName)}` },
            'Customer history: onboardings, T&C, audit')) : null,
          h('p', { class: 'muted' }, row?.services?.length ? row.services.join(' · ') : 'Services not read yet')),
        h('div', { class: 'page-head-status' }, statusBadge(o.status), ' ', progress(o.stepsDone, o.stepsTotal, true))),
      o.problems?.length ? h('div', { class: 'notice warn', role: 'note' },
        h('strong', null, 'The agreement needs a person: '),
        h('ul', null, o.problems.map((p) => h('li', null, p)))) : null,
      h('div', { class: 'card' }, h('dl', { class: 'summary card-body' },
        item('Customer type', row?.customerKind ? capitalise(row.customerKind) : '—'),
        item('Source', o.source === 'manual' ? 'Paper contract (entered by staff)' : 'DocuSign'),
        item('Started', when(o.createdAt)),
        item('Onboarding id', h('code', null, o.id)))));
  }

  function renderChecklist(o) {
    const sections = [];
    for (const step of o.checklist) {
      let section = sections.find((s) => s.name === step.section);
      if (!section) sections.push(section = { name: step.section, steps: [] });
      section.steps.push(step);
    }
    replace(checklist,
      h('h2', { class: 'visually-hidden' }, 'Checklist'),
      sections.map((section, index) => {
        const done = section.steps.filter((s) => s.status === 'DONE' || s.status === 'SKIPPED').length;
        return h('section', { class: 'card checklist-section', 'aria-labelledby': `section-${index}`, 'data-section': section.name },
          h('div', { class: 'card-head' },
            h('h2', { id: `section-${index}` }, section.name),
            h('span', { class: 'section-progress' }, `${done} of ${section.steps.length} done`)),
          h('div', { class: 'table-wrap' }, h('table', null,
            h('thead', null, h('tr', null,
              h('th', { scope: 'col' }, 'Step'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Owner'),
              h('th', { scope: 'col', class: 'num' }, 'Attempts'), h('th', { scope: 'col' }, 'Last message'),
              h('th', { scope: 'col' }, 'Updated'), h('th', { scope: 'col' }, 'In this status for'),
              h('th', { scope: 'col' }, 'Records'),
              session.canAct ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Action')) : null)),
            h('tbody', null, section.steps.map(stepRows)))));
      }),
      personActions(o.personActions ?? []),
      timeline(o.timeline ?? []));
  }

  function stepRow(step) {
    return h('tr', { 'data-step': step.step, 'data-status': step.status },
      h('th', { scope: 'row' }, h('span', { class: 'step-name' }, stepLabel(step.step)), h('code', { class: 'step-id' }, step.step)),
      h('td', null, statusBadge(step.status)),
      h('td', { class: 'owner', title: step.owner }, (step.owner ?? '').replace(/-service$/, '')),
      h('td', { class: 'num' }, step.attempts),
      h('td', { class: 'message' }, step.message ?? h('span', { class: 'muted' }, '—'),
        step.instruction ? h('p', { class: 'instruction' }, h('strong', null, 'To do: '), step.instruction) : null),
      h('td', { class: 'when' }, when(step.updatedAt, { compact: true })),
      h('td', { class: 'age' }, step.statusSince && step.status !== 'PENDING' ? age(step.statusSince) : ''),
      h('td', { class: 'links' }, recordLinks(step.links)),
      session.canAct ? h('td', { class: 'step-actions' }, stepActions(step)) : null);
  }

  function stepRows(step) {
    const row = stepRow(step);
    if (!session.canAct || openForm?.step !== step.step || !allowed(step, openForm.kind)) return row;
    return [row, h('tr', { class: 'step-form-row', 'data-form-for': step.step },
      h('td', { colspan: 9 }, openForm.kind === 'CONFIRM' ? confirmForm(step) : skipForm(step)))];
  }

  function allowed(step, kind) {
    return (step.actions ?? []).includes(kind) && (kind !== 'SKIP' || session.roles.has('admin'));
  }

  function stepActions(step) {
    const label = stepLabel(step.step);
    const controls = [];
    if (step.step === 'intake.envelope' && step.status === 'NEEDS_ATTENTION') {
      controls.push(h('a', { href: '#terms-action', onClick: (e) => { e.preventDefault(); document.getElementById('terms-field-0')?.focus(); } },
        'Complete terms'));
    }
    if (allowed(step, 'RETRY')) {
      controls.push(button('Retry', `Retry ${label}`, `retry:${step.step}`,
        () => session.api.post(`${path}/steps/${encodeURIComponent(step.step)}/retry`), `Retry of “${label}” requested`));
    }
    if (allowed(step, 'CONFIRM')) controls.push(formToggle('Confirm…', `Confirm ${label} with evidence`, step, 'CONFIRM'));
    if (allowed(step, 'SKIP')) controls.push(formToggle('Skip…', `Skip ${label}`, step, 'SKIP'));
    return controls.length ? h('div', { class: 'step-buttons' }, controls) : null;
  }

  function formToggle(text, label, step, kind) {
    const el = h('button', { type: 'button', class: 'button ghost small', 'aria-label': label,
      'aria-expanded': String(openForm?.step === step.step && openForm.kind === kind), 'data-focus-key': `${kind}:${step.step}` }, text);
    el.addEventListener('click', () => {
      openForm = openForm?.step === step.step && openForm.kind === kind ? null : { step: step.step, kind, values: {} };
      renderChecklist(view);
      document.getElementById(`${kind.toLowerCase()}-first-${cssId(step.step)}`)?.focus();
    });
    return el;
  }

  // A small form under the step: what a person enters is kept in openForm.values across refreshes.
  function evidenceField(id, label, type, name, hint) {
    const props = { id, name, autocomplete: 'off', 'data-focus-key': id, value: openForm.values[name] ?? '',
      onInput: (e) => { openForm.values[name] = e.target.value; } };
    const input = type === 'textarea' ? h('textarea', { ...props, rows: 2, maxlength: 2000 }) : h('input', { ...props, type: 'text' });
    if (type === 'textarea') input.value = openForm.values[name] ?? '';
    return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('span', { class: 'hint muted' }, hint) : null);
  }

  function confirmForm(step) {
    const label = stepLabel(step.step);
    const key = cssId(step.step);
    const send = h('button', { type: 'submit', class: 'button small' }, 'Confirm');
    const error = h('p', { class: 'form-error', role: 'alert' });
    return h('form', {
      class: 'step-form', 'aria-label': `Confirm ${label}`,
      onSubmit: (e) => {
        e.preventDefault();
        const ticketNumber = (openForm.values.ticketNumber ?? '').trim();
        const note = (openForm.values.note ?? '').trim();
        if (!ticketNumber && !note) { error.textContent = 'Give the ticket number, a note saying what was done, or both.'; return; }
        if (ticketNumber && !TICKET_NUMBER.test(ticketNumber)) { error.textContent = `“${ticketNumber}” is not an Autotask ticket number (e.g. T20261201.0004).`; return; }
        act(send, async () => {
          await session.api.post(`${path}/steps/${encodeURIComponent(step.step)}/confirm`,
            { ticketNumber: ticketNumber || null, note: note || null });
          openForm = null;
        }, `“${label}” confirmed`);
      },
    },
    h('p', { class: 'muted' }, `Confirm that you did “${label}”. Evidence: the Autotask ticket that records the work, a note, or both.`),
    h('div', { class: 'row' },
      evidenceField(`confirm-first-${key}`, 'Ticket number', 'text', 'ticketNumber', 'e.g. T20261201.0004'),
      evidenceField(`confirm-note-${key}`, 'Note', 'textarea', 'note'),
      send),
    error);
  }

  function skipForm(step) {
    const label = stepLabel(step.step);
    const key = cssId(step.step);
    const send = h('button', { type: 'submit', class: 'button small danger' }, 'Skip step');
    const error = h('p', { class: 'form-error', role: 'alert' });
    return h('form', {
      class: 'step-form', 'aria-label': `Skip ${label}`,
      onSubmit: (e) => {
        e.preventDefault();
        const reason = (openForm.values.reason ?? '').trim();
        if (!reason) { error.textContent = 'Say why this step is not to be done.'; return; }
        act(send, async () => {
          await session.api.post(`${path}/steps/${encodeURIComponent(step.step)}/skip`, { reason });
          openForm = null;
        }, `“${label}” skipped`);
      },
    },
    h('p', { class: 'muted' }, `Skip “${label}” for this onboarding (administrators only). The reason is kept in the audit log.`),
    h('div', { class: 'row' }, evidenceField(`skip-first-${key}`, 'Reason', 'textarea', 'reason'), send),
    error);
  }

  function button(text, label, focusKey, call, done) {
    const el = h('button', { type: 'button', class: 'button secondary small', 'aria-label': label, 'data-focus-key': focusKey },
      text);
    el.addEventListener('click', () => act(el, call, done));
    return el;
  }

  async function act(control, call, done) {
    control.disabled = true;
    try {
      await call();
      notify(done);
      refreshSoon();
    } catch (error) {
      notify(error.message, 'error');
    } finally {
      control.disabled = false;
    }
  }

  // The actions are rendered once, so what a person types survives live refreshes.
  const termsAction = session.canAct ? termsForm() : h('div');
  if (session.canAct) {
    replace(actions, h('section', { class: 'card', 'aria-labelledby': 'actions-title' },
      h('div', { class: 'card-head' }, h('h2', { id: 'actions-title' }, 'Actions')),
      h('div', { class: 'card-body actions-grid' },
        rmmAction(),
        dateAction('golive', 'Go-live date', 'Set or change the date the customer goes live:', 'Go-live date', '',
          'Set go-live', (date) => session.api.put(`${path}/go-live`, { goLiveDate: date }), 'Go-live date set'),
        termsAction)));
  }

  // The procedure says never to assume the service start: the date is empty until the person enters it.
  function rmmAction() {
    const date = h('input', { type: 'date', id: 'rmm-date', required: true });
    const ticket = h('input', { type: 'text', id: 'rmm-ticket', autocomplete: 'off' });
    const note = h('textarea', { id: 'rmm-note', rows: 2, maxlength: 2000 });
    const send = h('button', { type: 'submit', class: 'button' }, 'Confirm RMM setup');
    const error = h('p', { class: 'form-error', role: 'alert' });
    return h('form', {
      class: 'action', 'aria-labelledby': 'rmm-title',
      onSubmit: (e) => {
        e.preventDefault();
        error.textContent = '';
        const ticketNumber = ticket.value.trim();
        if (!date.value) { error.textContent = 'Enter the date the RMM service actually began.'; return; }
        if (!ticketNumber && !note.value.trim()) { error.textContent = 'Give the ticket number, a note, or both.'; return; }
        if (ticketNumber && !TICKET_NUMBER.test(ticketNumber)) { error.textContent = `“${ticketNumber}” is not an Autotask ticket number (e.g. T20261201.0004).`; return; }
        act(send, () => session.api.post(`${path}/rmm-setup`,
          { serviceStart: date.value, ticketNumber: ticketNumber || null, note: note.value.trim() || null }),
        `RMM setup confirmed: ${date.value}`);
      },
    },
    h('h3', { id: 'rmm-title' }, 'Confirm RMM setup'),
    h('p', { class: 'muted' }, 'The RMM technical setup (project template) is done. Enter the date the service actually began — never assume it — and the evidence.'),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'rmm-date' }, 'Service started on'), date),
      h('div', { class: 'field' }, h('label', { for: 'rmm-ticket' }, 'Ticket number'), ticket),
      h('div', { class: 'field' }, h('label', { for: 'rmm-note' }, 'Note'), note),
      send),
    error);
  }

  function dateAction(key, title, text, label, value, submit, call, done) {
    const input = h('input', { type: 'date', id: `${key}-date`, required: true, value });
    const send = h('button', { type: 'submit', class: 'button' }, submit);
    return h('form', {
      class: 'action', 'aria-labelledby': `${key}-title`,
      onSubmit: (e) => { e.preventDefault(); if (input.value) act(send, () => call(input.value), `${done}: ${input.value}`); },
    },
    h('h3', { id: `${key}-title` }, title), h('p', { class: 'muted' }, text),
    h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: `${key}-date` }, label), input), send));
  }

  function termsForm() {
    const rows = h('div', { class: 'terms-rows' });
    let count = 0;
    const addRow = (name = '', value = '') => {
      const n = count++;
      const row = h('div', { class: 'terms-row' },
        h('div', { class: 'field' }, h('label', { for: `terms-field-${n}` }, 'Field'),
          h('input', { id: `terms-field-${n}`, list: 'term-fields', value: name, required: true, autocomplete: 'off' })),
        h('div', { class: 'field' }, h('label', { for: `terms-value-${n}` }, 'Value'),
          h('input', { id: `terms-value-${n}`, value, autocomplete: 'off' })),
        h('button', { type: 'button', class: 'button ghost small', 'aria-label': 'Remove this field', onClick: () => row.remove() }, 'Remove'));
      rows.append(row);
      return row;
    };
    const send = h('button', { type: 'submit', class: 'button' }, 'Save terms');
    const form = h('form', {
      class: 'action', id: 'terms-action', 'aria-labelledby': 'terms-title', hidden: true,
      onSubmit: (e) => {
        e.preventDefault();
        const fields = {};
        for (const row of rows.querySelectorAll('.terms-row')) {
          const [name, value] = row.querySelectorAll('input');
          if (name.value.trim()) fields[name.value.trim()] = value.value;
        }
        act(send, () => session.api.post(`${path}/terms`, fields), 'Terms saved');
      },
    },
    h('h3', { id: 'terms-title' }, 'Complete missing terms'),
    h('p', { class: 'muted' }, 'Fill in what the agreement is missing, as named on the envelope.'),
    h('datalist', { id: 'term-fields' }, TERM_FIELDS.map((f) => h('option', { value: f }))),
    rows,
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'button secondary small', onClick: () => addRow().querySelector('input').focus() }, 'Add field'),
      send));
    form.prefill = (problems) => {
      if (rows.children.length) return;
      const named = [...new Set(problems.map((p) => p.split(/\s/)[0]).filter((f) => TERM_FIELDS.includes(f)))];
      (named.length ? named : ['']).forEach((f) => addRow(f));
    };
    return form;
  }

  function needsTerms(o) {
    const intake = o.checklist.find((s) => s.step === 'intake.envelope');
    const needed = Boolean(o.problems?.length) || intake?.status === 'NEEDS_ATTENTION';
    if (needed && termsAction.prefill) termsAction.prefill(o.problems ?? []);
    return needed;
  }

  refresh();
  return {
    onChange(change) {
      if (!change || change.onboardingId === id) refreshSoon();
    },
    dispose() {
      disposed = true;
    },
  };
}

const ACTION_NAMES = { 'confirm-step': 'Confirmed', 'retry-step': 'Retried', 'skip-step': 'Skipped',
  'confirm-rmm-setup': 'Confirmed RMM setup' };

/** Who confirmed, retried or skipped what and when (the audit log of this onboarding's steps). */
function personActions(entries) {
  return h('section', { class: 'card person-actions', 'aria-labelledby': 'person-actions-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'person-actions-title' }, 'Confirmations, retries and skips')),
    entries.length
      ? h('div', { class: 'table-wrap' }, h('table', null,
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Who'),
          h('th', { scope: 'col' }, 'What'), h('th', { scope: 'col' }, 'Step and evidence'))),
        h('tbody', null, [...entries].reverse().map((e) => h('tr', { 'data-action': e.action },
          h('td', null, when(e.at)), h('td', null, e.actor), h('td', null, ACTION_NAMES[e.action] ?? e.action),
          h('td', { class: 'message' }, e.detail ?? ''))))))
      : h('p', { class: 'empty card-body' }, 'Nobody has confirmed, retried or skipped a step yet.'));
}

function cssId(step) {
  return step.replace(/[^a-z0-9]/gi, '-');
}

function timeline(entries) {
  return h('details', { class: 'card timeline-card' },
    h('summary', null, `Event timeline (${entries.length})`),
    entries.length
      ? h('ol', { class: 'timeline' }, [...entries].reverse().map((e) => h('li', null,
        when(e.at), h('strong', null, e.event), h('span', { class: 'message' }, summarise(e.summary)))))
      : h('p', { class: 'empty' }, 'No events yet.'));
}

function summarise(summary) {
  if (!summary || !summary.trim().startsWith('{')) return summary ?? '';
  try {
    const data = JSON.parse(summary);
    const text = Object.entries(data)
      .filter(([name, value]) => !['schemaVersion', 'onboardingId', 'terms'].includes(name) && value !== null && typeof value !== 'object')
      .map(([name, value]) => `${name}: ${value}`).join(', ');
    return text.length > 240 ? `${text.slice(0, 240)}…` : text;
  } catch {
    return summary;
  }
}

function item(term, value) {
  return h('div', null, h('dt', null, term), h('dd', null, value));
}

function capitalise(word) {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
