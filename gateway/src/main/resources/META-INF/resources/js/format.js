// How steps, statuses and times read on the page.
import { h } from './dom.js';

const STATUS = {
  PENDING: ['Pending', '○'],
  RUNNING: ['Running', '◐'],
  WAITING_FOR_PERSON: ['Waiting for a person', '◷'],
  NEEDS_ATTENTION: ['Needs attention', '⚠'],
  FAILED: ['Failed', '✕'],
  DONE: ['Done', '✓'],
  SKIPPED: ['Skipped', '–'],
  IN_PROGRESS: ['In progress', '◐'],
  LIVE: ['Live', '✓'],
  COMPLETE: ['Complete', '✓'],
};

/** The overall statuses an onboarding can have, most urgent first (the board's filter). */
export const ONBOARDING_STATUSES = ['NEEDS_ATTENTION', 'FAILED', 'WAITING_FOR_PERSON', 'RUNNING', 'IN_PROGRESS', 'LIVE', 'COMPLETE'];

const STEPS = {
  'intake.envelope': 'Signed agreement received',
  'intake.terms-and-conditions': 'T&C agreement on file',
  'contract.recurring': 'Recurring service contract',
  'contract.setup-fee': 'Setup fee charge',
  'contract.services': 'Services on the contract',
  'contract.recurring-tickets': 'Recurring tickets',
  'contract.go-live': 'Go-live',
  'reports.folder': 'Reports folder',
  'reports.autotask': 'Autotask live report',
  'reports.datto-rmm': 'Datto RMM reports',
  'reports.recipients': 'Report recipients',
  'reminders.leave-on': 'Leave-machines-on reminder',
  'docs.msa-list': 'MSA and hosted services list',
  'docs.configuration-items': 'Configuration items',
  'docs.help-desk-udf': 'Help desk support type',
  'docs.it-glue': 'IT Glue managed services type',
  'backup.ticket': 'Backup setup ticket',
  'backup.instructions': 'Backup instructions',
  'backup.assign': 'Technician assigned',
  'backup.done': 'Backup checklist complete',
};

export const statusLabel = (status) => (STATUS[status] ?? [status ?? 'Unknown'])[0];

export function statusBadge(status) {
  const [label, symbol] = STATUS[status] ?? [status ?? 'Unknown', '?'];
  return h('span', { class: `status status-${status}` }, h('span', { class: 'sym', 'aria-hidden': 'true' }, symbol), label);
}

export const stepLabel = (step) => STEPS[step] ?? step;

export function progress(done, total, large = false) {
  return h('div', { class: `progress${large ? ' large' : ''}` },
    h('progress', { max: total || 1, value: done, 'aria-label': `${done} of ${total} steps done` }),
    h('span', { class: 'count', 'aria-hidden': 'true' }, `${done} of ${total} steps`));
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const short = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function when(iso, { timeOfDay = false, compact = false } = {}) {
  if (!iso) return h('span', { class: 'muted' }, '—');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return h('time', { datetime: date.toISOString(), title: date.toISOString() },
    (timeOfDay ? timeOnly : compact ? short : dateTime).format(date));
}

/** Today in the browser's time zone, as yyyy-mm-dd (a date input's value). */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** How long since an instant, as a person says it: "5 min", "3 h 10 min", "2 d 4 h". */
export function age(iso, now = Date.now()) {
  if (!iso) return '';
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60000));
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  const days = Math.floor(hours / 24);
  return `${days} d${hours % 24 ? ` ${hours % 24} h` : ''}`;
}

/** Links to the external records a step created or touched; they open in a new tab. */
export function recordLinks(links) {
  if (!links?.length) return null;
  return h('ul', { class: 'record-links' }, links.map((link) => h('li', null,
    h('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer', 'data-kind': link.kind }, link.label))));
}
