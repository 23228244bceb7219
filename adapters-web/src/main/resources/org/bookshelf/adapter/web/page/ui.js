// Building blocks of the views: elements, links, labelled fields, forms that show the API's refusals,
// the live message regions and the confirmation dialog.

import { ApiError, session } from './api.js';

/**
 * Makes an element: h('a', {href: '#/'}, 'Books'). Properties with a dash and `role` become attributes,
 * `on…` functions listeners, anything else a property; children may be nodes, strings, arrays or null.
 * Text is always text, never markup.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name.includes('-') || name === 'role') element.setAttribute(name, value === true ? '' : value);
    else element[name] = value;
  }
  element.append(...children.flat(Infinity).filter(child => child !== undefined && child !== null && child !== false));
  return element;
}

/** The page's own addresses (the part after #). */
export const hrefs = {
  books: (params = {}) => `#/books${search(params)}`,
  book: id => `#/books/${id}`,
  authors: (params = {}) => `#/authors${search(params)}`,
  author: (id, params = {}) => `#/authors/${id}${search(params)}`,
};

function search(params) {
  const given = Object.entries(params).filter(([, value]) => value);
  return given.length ? `?${new URLSearchParams(given)}` : '';
}

/**
 * A labelled input, with an optional hint, and a place next to it for what the API says is wrong with it.
 * `name` is the API's name of the field, so a 400 naming it finds it.
 */
export function field(formId, name, label, { value, hint, ...input } = {}) {
  const id = `${formId}-${name}`;
  return h('div', { className: 'field' },
    h('label', { htmlFor: id }, label),
    hint ? h('p', { id: `${id}-hint`, className: 'hint' }, hint) : null,
    h('input', { id, name, type: 'text', value: value ?? '', 'aria-describedby': hint ? `${id}-hint` : null, ...input }),
    h('p', { id: `${id}-error`, className: 'field-error', hidden: true }));
}

/**
 * A form whose fields the browser does not check: the API does, and its refusals are shown field by
 * field. `reload`, when given, is offered when the API refuses because of a concurrent change.
 */
export function form(id, heading, fields, submitLabel, onSubmit, reload) {
  const element = h('form', { id, noValidate: true, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, heading),
    fields,
    h('p', { id: `${id}-error`, className: 'form-error', tabIndex: -1, hidden: true }),
    h('div', { className: 'actions' }, h('button', { id: `${id}-submit` }, submitLabel)));
  element.addEventListener('submit', async event => {
    event.preventDefault();
    clearFailure(element);
    const button = element.querySelector(`#${id}-submit`);
    button.disabled = true;
    try {
      await onSubmit(element);
    } catch (failure) {
      showFailure(element, failure, reload);
    } finally {
      button.disabled = false;
    }
  });
  return element;
}

/** The text of a field of `form`, trimmed; null when empty. */
export function valueOf(formElement, name) {
  const value = formElement.elements.namedItem(name).value.trim();
  return value === '' ? null : value;
}

/** A year as the API wants it: a number when it is one; anything else is sent as typed, for the API to refuse. */
export function yearOf(formElement) {
  const value = valueOf(formElement, 'published_year');
  return value !== null && /^-?\d{1,9}$/.test(value) ? Number(value) : value;
}

function clearFailure(formElement) {
  for (const error of formElement.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
    const input = document.getElementById(error.id.replace(/-error$/, ''));
    input.removeAttribute('aria-invalid');
    describe(input, false);
  }
  const formError = formElement.querySelector('.form-error');
  formError.hidden = true;
  formError.textContent = '';
  clearMessages();
}

/** Points the input's description at its hint, if it has one, and at its error when `withError`. */
function describe(input, withError) {
  const ids = [`${input.id}-hint`, withError ? `${input.id}-error` : null]
    .filter(id => id !== null && document.getElementById(id) !== null);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** Refusals that concern one field without naming it in errors[]. */
const FIELD_OF_PROBLEM = { 'urn:bookshelf:problem:duplicate-isbn': 'isbn' };

/**
 * Shows why a form's request failed: each field the API names gets its message next to it, and the first
 * of them the focus; what names no field of the form goes above its button; anything else (a concurrent
 * change, a missing token) to the alert region.
 */
function showFailure(formElement, failure, reload) {
  if (!(failure instanceof ApiError)) throw failure;
  const implied = FIELD_OF_PROBLEM[failure.problem.type];
  const fieldErrors = implied ? [{ field: implied, message: explain(failure) }] : failure.fieldErrors;
  if (fieldErrors.length === 0) {
    report(failure, reload);
    return;
  }
  const unplaced = [];
  let first = null;
  for (const { field: name, message } of fieldErrors) {
    const input = formElement.elements.namedItem(name);
    if (!(input instanceof HTMLInputElement)) {
      unplaced.push(sentence(message));
      continue;
    }
    const error = document.getElementById(`${input.id}-error`);
    error.textContent = [error.textContent, sentence(message)].filter(Boolean).join(' ');
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    describe(input, true);
    first ??= input;
  }
  if (unplaced.length) {
    const formError = formElement.querySelector('.form-error');
    formError.textContent = unplaced.join(' ');
    formError.hidden = false;
  }
  (first ?? formElement.querySelector('.form-error')).focus();
}

/** `text` with a capital first letter and a full stop. */
export function sentence(text) {
  const trimmed = String(text).trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** What a refusal means for the person using the page. */
export function explain(failure) {
  const { status, problem } = failure;
  switch (status) {
    case 401:
      return session.token()
        ? 'Your token is not accepted (any more): it may have been revoked or have expired. Sign out, then sign in with a valid one.'
        : 'This needs a token: sign in first.';
    case 403:
      return 'Your token’s role does not allow this.';
    case 412:
      return 'Someone else changed this since you opened it, so your change was not saved. Reload to see the current version, then make your change again.';
    default:
      return sentence([problem.title, problem.detail].filter(Boolean).join(': '));
  }
}

// Messages: #status (polite) says what happened; #alert (assertive) what went wrong.

let flashed = null;

/** Says that something was done. */
export function say(text) {
  document.getElementById('alert').replaceChildren();
  document.getElementById('status').textContent = text;
}

/** Says `text` once the next view is shown. */
export function flash(text) {
  flashed = text;
}

/** Clears the messages, then says what was flashed, if anything. */
export function clearMessages() {
  document.getElementById('status').textContent = flashed ?? '';
  document.getElementById('alert').replaceChildren();
  flashed = null;
}

/**
 * Shows a refusal in the alert region; a concurrent change (412) comes with a button that reloads, and the
 * button gets the focus.
 */
export function report(failure, reload) {
  if (!(failure instanceof ApiError)) throw failure;
  document.getElementById('status').textContent = '';
  const alert = document.getElementById('alert');
  const button = failure.status === 412 && reload
    ? h('button', { type: 'button', id: 'reload', onclick: reload }, 'Reload')
    : null;
  alert.replaceChildren(h('p', {}, explain(failure)), button);
  button?.focus();
}

/** Asks before something that cannot be undone; resolves to true when confirmed. */
export function confirmAction(question, detail, actionLabel) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-question').textContent = question;
  document.getElementById('confirm-detail').textContent = detail;
  document.getElementById('confirm-action').textContent = actionLabel;
  dialog.returnValue = '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
    dialog.showModal();
  });
}
