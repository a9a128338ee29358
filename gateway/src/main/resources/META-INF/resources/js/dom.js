// A tiny element builder: text is always set as text, never parsed as HTML.

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') el.className = value;
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'value' && 'value' in el) el.value = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces the content of a container, keeping keyboard focus on the same control (by its data-focus-key). */
export function replace(container, ...children) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.dataset.focusKey : undefined;
  container.replaceChildren();
  append(container, children);
  if (key) container.querySelector(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
}

let toastTimer;
/** A short message for everyone, read out by screen readers (the toast is an aria-live region). */
export function notify(message, kind = 'info') {
  const toast = document.getElementById('toast');
  toast.replaceChildren(h('div', { class: kind }, message));
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => toast.replaceChildren(), kind === 'error' ? 9000 : 5000);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
