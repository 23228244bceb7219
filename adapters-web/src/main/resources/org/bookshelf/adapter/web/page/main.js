// The catalogue page: routes the address after # to a view, keeps the sign-in, and manages focus so a
// keyboard or screen reader user lands on each new view's heading.

import { ApiError, api, session } from './api.js';
import { author, authorList } from './authors.js';
import { book, bookList } from './books.js';
import { clearMessages, explain, field, form, h, hrefs, say, sentence } from './ui.js';

const ROUTES = [
  [/^\/(?:books)?$/, bookList],
  [/^\/books\/(\d+)$/, book],
  [/^\/authors$/, authorList],
  [/^\/authors\/(\d+)$/, author],
];

let shown = 0;

/**
 * Shows the view the address names. `focus`: the ids of elements to focus (the first that can be), or
 * 'heading' for the view's heading, or nothing to leave the focus where it is.
 */
async function route(focus) {
  const ticket = ++shown;
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const [pattern, render] = ROUTES.find(([candidate]) => candidate.test(path || '/')) ?? [null, notFound];
  const view = {
    id: pattern ? Number(pattern.exec(path || '/')[1]) : null,
    params: Object.fromEntries(new URLSearchParams(query)),
    signedIn: session.token() !== null,
    /** Replaces the view with a heading and `content`, if no later navigation has replaced it already. */
    show(heading, content, focusAfter = focus) {
      if (ticket !== shown) return;
      const title = h('h1', { tabIndex: -1 }, heading);
      document.getElementById('main').replaceChildren(title, ...[content].flat(Infinity).filter(Boolean));
      document.title = `${heading} · Bookshelf`;
      clearMessages();
      if (focusAfter === 'heading') title.focus();
      else focusFirst(focusAfter);
    },
    reload: (focusAfter = 'heading') => route(focusAfter),
    /** Whether this view is still the one shown: no later navigation has replaced it. */
    get current() {
      return ticket === shown;
    },
    /** Goes to `href`, focused on its heading: shown anew when it is the address already (the page wrote it). */
    go(href) {
      if (location.hash === href) route('heading');
      else location.hash = href;
    },
  };
  try {
    await render(view);
  } catch (failure) {
    if (!(failure instanceof ApiError)) throw failure;
    view.show(failure.status === 404 ? 'Not found' : 'Could not load this', [
      h('p', {}, failure.status === 404 ? sentence(failure.problem.detail) : explain(failure)),
      h('p', {}, h('a', { href: hrefs.books() }, 'All books'), ' · ', h('a', { href: hrefs.authors() }, 'All authors')),
    ]);
  }
}

async function notFound() {
  throw new ApiError(404, { detail: 'this page does not know that address' });
}

function focusFirst(ids = []) {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element && !element.disabled) {
      element.focus();
      return;
    }
  }
}

/** The sign-in area: a button that opens the token form, or who is signed in and a way out. */
function showSession() {
  const area = document.getElementById('session');
  if (session.token() !== null) {
    area.replaceChildren(h('span', {}, 'Signed in'),
      h('button', { type: 'button', id: 'sign-out', onclick: signOut }, 'Sign out'));
  } else {
    area.replaceChildren(h('button', { type: 'button', id: 'sign-in', onclick: openSignIn }, 'Sign in'));
  }
}

function openSignIn() {
  const area = document.getElementById('session');
  const signIn = form('sign-in-form', 'Sign in',
    field('sign-in-form', 'token', 'API token', {
      type: 'password', autocomplete: 'off', spellcheck: false,
      hint: 'Kept in this browser tab only, until you sign out or close the tab.',
    }),
    'Sign in', async entered => {
      const token = entered.elements.namedItem('token').value.trim();
      if (token === '') {
        throw new ApiError(400, { errors: [{ field: 'token', message: 'enter your token' }] });
      }
      try {
        await api.checkToken(token);
      } catch (failure) {
        if (failure instanceof ApiError && failure.status === 401) {
          throw new ApiError(400, { errors: [{ field: 'token', message: 'this token is not accepted: check it, or ask for a new one' }] });
        }
        throw failure;
      }
      session.signIn(token);
      showSession();
      await route(['sign-out']);
      say('Signed in: you can add and change books and authors.');
    });
  signIn.querySelector('.actions').append(h('button', { type: 'button', className: 'secondary', onclick: cancel }, 'Cancel'));
  area.replaceChildren(signIn);
  signIn.elements.namedItem('token').focus();

  function cancel() {
    showSession();
    document.getElementById('sign-in').focus();
  }
}

async function signOut() {
  session.signOut();
  showSession();
  await route(['sign-in']);
  say('Signed out.');
}

window.addEventListener('hashchange', () => route('heading'));
showSession();
route();
