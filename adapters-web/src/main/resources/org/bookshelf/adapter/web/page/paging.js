// Keyset pages only know the way forward (next_cursor). The way back is remembered here: whenever the
// person follows "Next page", the cursor of the page they left is kept for the page they reach, for this
// tab, so "Previous page" works after a reload and with the browser's own back and forward buttons too.

import { h } from './ui.js';

const KEY = 'bookshelf.previous-cursors';

function remembered() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) ?? {};
  } catch {
    return {};
  }
}

function remember(listing, cursor, previous) {
  const cursors = remembered();
  cursors[`${listing} ${cursor}`] = previous ?? '';
  sessionStorage.setItem(KEY, JSON.stringify(cursors));
}

/**
 * Previous and next links for the page of `listing` (a name for the list and its filter) reached with
 * `cursor` (none on the first page); `hrefFor(cursor)` is the address of a page. Null when there is only one.
 */
export function pager(label, listing, cursor, nextCursor, hrefFor) {
  const links = [];
  if (cursor) {
    links.push(h('a', { href: hrefFor(remembered()[`${listing} ${cursor}`] || undefined), rel: 'prev' }, 'Previous page'));
  }
  if (nextCursor) {
    links.push(h('a', { href: hrefFor(nextCursor), rel: 'next', onclick: () => remember(listing, nextCursor, cursor) },
      'Next page'));
  }
  return links.length ? h('nav', { className: 'pager', 'aria-label': label }, links) : null;
}
