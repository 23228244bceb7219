// Searching a listing by words: a search box that the listing follows as one types, the parts of titles and
// names that the words match marked, and the words to search for instead when a search finds nothing.

import { pager } from './paging.js';
import { h, report, say } from './ui.js';

/** How long typing must pause before a search is sent: no more than one request per this many ms. */
const TYPING_PAUSE_MS = 250;

/**
 * #/books?q=…&cursor=…, #/authors?q=…&cursor=…: a page of a listing, the items found by q when given, under a
 * search box that the listing follows as one types. `listing` says what is listed: `one` and `many` (its nouns),
 * `label` (the box's), `find({q, cursor})` (a page from the API), `hrefFor({q, cursor})` (a page's address) and
 * `item(item, words)` (an item as a line of the list, the parts the search words match marked). `below` is
 * shown under the listing.
 */
export async function searchableListing(view, listing, below) {
  const { q, cursor } = view.params;
  const { data: page } = await listing.find({ q, cursor });
  const results = h('div', { className: 'results' }, found(listing, page, q, cursor));
  const heading = q ? `${capitalized(listing.many)} found by “${q}”` : capitalized(listing.many);
  view.show(heading, [searchBox(view, listing, q, results), results, below]);
}

function capitalized(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A page of `listing` found by `q`, its matches marked; words to search for instead when it found none. */
function found(listing, page, q, cursor) {
  const words = searchWords(q);
  return [
    page.items.length
      ? h('ul', { className: 'listing', 'aria-label': capitalized(listing.many) },
        page.items.map(item => listing.item(item, words)))
      : h('p', {}, nothingFound(listing, page, q)),
    suggestions(page, word => listing.hrefFor({ q: word })),
    pager(`Pages of ${listing.many}`, `${listing.many} ${q ?? ''}`, cursor, page.next_cursor,
      next => listing.hrefFor({ q, cursor: next })),
  ].filter(Boolean);
}

/** Why a page lists nothing: an empty catalogue, a search that found nothing, or one that stopped part way. */
function nothingFound(listing, page, q) {
  if (!q) {
    return `The catalogue has no ${listing.many} yet.`;
  }
  return page.next_cursor
    ? `No ${listing.one} found by “${q}” in the part of the catalogue searched so far; the next page searches on.`
    : `No ${listing.one} is found by “${q}”.`;
}

/** "Did you mean": the words a search that found nothing suggests, each a link to `hrefFor(word)`. */
function suggestions(page, hrefFor) {
  const words = page.suggestions ?? [];
  if (!page.items.length && words.length) {
    return h('p', { className: 'suggestions' }, 'Did you mean: ',
      words.flatMap((word, index) => [index === 0 ? null : ', ', h('a', { href: hrefFor(word) }, word)]), '?');
  }
  return null;
}

/**
 * The search box of a listing's view. Once typing pauses for TYPING_PAUSE_MS, the first page found by the
 * words typed replaces `results`, and the address follows (one history entry for all the typing in a view, so
 * that back returns to the listing as it was). Submitting the box shows the search as a view of its own.
 */
function searchBox(view, listing, q, results) {
  const input = h('input',
    { id: `${listing.many}-search-q`, name: 'q', type: 'search', value: q ?? '', autocomplete: 'off' });
  let pushed = false;
  const follow = latestAnswers(view, text => listing.find({ q: text || undefined }), ({ data: page }, text) => {
    results.replaceChildren(...found(listing, page, text, null));
    const href = listing.hrefFor({ q: text });
    if (pushed) {
      history.replaceState(null, '', href);
    } else if (location.hash !== href) {
      history.pushState(null, '', href);
      pushed = true;
    }
    const count = page.items.length;
    say(count === 0 ? `No ${listing.one} found${page.next_cursor ? ' so far; the next page searches on' : ''}.`
      : `${count}${page.next_cursor ? ' or more' : ''} ${count === 1 ? listing.one : listing.many} found.`);
  });
  let pause;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => follow(input.value.trim()), TYPING_PAUSE_MS);
  });
  return h('form', {
    role: 'search', className: 'search', 'aria-label': listing.label,
    onsubmit: event => {
      event.preventDefault();
      clearTimeout(pause);
      view.go(listing.hrefFor({ q: input.value.trim() }));
    },
  }, h('label', { htmlFor: input.id }, listing.label),
  h('div', { className: 'inline' }, input, h('button', {}, 'Search')));
}

/**
 * Runs `search(text)` for each text typed and shows what it answers with `show(answer, text)`, only for the last
 * text typed and while `view` is shown: an answer that arrives after a later one was asked for, or after the
 * person has moved on, is dropped.
 */
function latestAnswers(view, search, show) {
  let asked = 0;
  return async text => {
    const mine = ++asked;
    const isLatest = () => mine === asked && view.current;
    try {
      const answer = await search(text);
      if (isLatest()) show(answer, text);
    } catch (failure) {
      if (isLatest()) report(failure);
    }
  };
}

// Folding, as the service folds search words, near enough for marking: accents and other marks, case, final
// sigma, and the Latin letters people type in ASCII.
const SPELLED_IN_ASCII = {
  'æ': 'ae', 'ð': 'd', 'đ': 'd', 'ɖ': 'd', 'ɗ': 'd', 'ø': 'o', 'þ': 'th', 'ħ': 'h', 'ı': 'i', 'ɨ': 'i', 'ł': 'l',
  'ŋ': 'n', 'œ': 'oe', 'ŧ': 't', 'ƀ': 'b', 'ɓ': 'b', 'ƒ': 'f', 'ƙ': 'k', 'ƴ': 'y', 'ɛ': 'e', 'ʉ': 'u', 'ß': 'ss',
  'ς': 'σ',
};
const UNSPACED_SCRIPTS = ['Han', 'Hira', 'Kana', 'Hang', 'Thai', 'Laoo', 'Khmr', 'Mymr']
  .map(script => `\\p{scx=${script}}`).join('');
/** A letter of a script written without spaces: a run of them matches any run of its characters. */
const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Words: runs of letters and digits, split where they pass between an unspaced script and anything else. */
const WORDS = new RegExp(`[${UNSPACED_SCRIPTS}]+|(?:(?![${UNSPACED_SCRIPTS}])[\\p{L}\\p{N}])+`, 'gu');
/** A character with the marks that belong to it (stray marks on their own). */
const CHARACTER = /\P{M}\p{M}*|\p{M}+/gu;

function fold(text) {
  return Array.from(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
    unit => SPELLED_IN_ASCII[unit] ?? unit).join('');
}

/** The folded words of a search, as the service reads them (near enough to mark what matched). */
function searchWords(text) {
  return fold(text ?? '').match(WORDS) ?? [];
}

/**
 * `text` with each part that a search word matches inside <mark>: a word of the text that starts with it, or in
 * scripts written without spaces, any run of the text. The text is folded character by character and matched in
 * folded form, and the marks are put on the characters the matched parts were folded from. Text stays text: the
 * parts are text nodes.
 */
export function marked(text, words) {
  if (!words.length) return text;
  const characters = text.match(CHARACTER) ?? [];
  const folded = [];
  const from = [];
  characters.forEach((character, index) => {
    for (const unit of fold(character)) {
      folded.push(unit);
      from.push(index);
    }
  });
  const hit = characters.map(() => false);
  for (const word of words.map(w => Array.from(w))) {
    const anywhere = UNSPACED.test(word[0]);
    for (let start = 0; start + word.length <= folded.length; start++) {
      if ((anywhere || startsAWord(folded, start)) && word.every((unit, i) => folded[start + i] === unit)) {
        for (let i = 0; i < word.length; i++) hit[from[start + i]] = true;
      }
    }
  }
  const parts = [];
  for (let start = 0, end = 1; start < characters.length; end++) {
    if (end === characters.length || hit[end] !== hit[start]) {
      const run = characters.slice(start, end).join('');
      parts.push(hit[start] ? h('mark', {}, run) : run);
      start = end;
    }
  }
  return parts;
}

function startsAWord(folded, at) {
  return at === 0 || !WORD_CHARACTER.test(folded[at - 1])
    || UNSPACED.test(folded[at - 1]) !== UNSPACED.test(folded[at]);
}
