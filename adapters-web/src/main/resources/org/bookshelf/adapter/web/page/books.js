// The books: the listing in title order (with a search by words) and one book with its ordered authors.
// Signed in, a person adds books, edits and deletes them, and credits, orders and removes their authors.

import { api } from './api.js';
import { marked, searchableListing } from './search.js';
import { confirmAction, field, flash, form, h, hrefs, report, say, valueOf, yearOf } from './ui.js';

/**
 * #/books?q=…&cursor=…: a page of books in title order, those found by q when given (titles holding every word
 * first, then those found through their authors or ISBN). The listing follows the search box as one types.
 */
export async function bookList(view) {
  await searchableListing(view, {
    one: 'book', many: 'books', label: 'Search titles, authors and ISBNs',
    find: api.findBooks, hrefFor: hrefs.books, item: bookItem,
  }, view.signedIn ? registerBookForm() : null);
}

/**
 * A book as a line of a listing: its title (a link to it), its authors in order (links to them), its year; the
 * parts of the title and names that `words` (of a search) match are marked.
 */
export function bookItem(book, words = []) {
  return h('li', {},
    h('a', { href: hrefs.book(book.id), className: 'title' }, marked(book.title, words)),
    book.published_year === null ? null : ` (${book.published_year})`,
    h('span', { className: 'byline' }, byline(book.authors, words)));
}

function byline(authors, words) {
  if (authors.length === 0) return ' no author credited';
  return [' by ', authors.flatMap((author, index) => [
    index === 0 ? null : index === authors.length - 1 ? ' and ' : ', ',
    h('a', { href: hrefs.author(author.id) }, marked(author.name, words))])];
}

function registerBookForm() {
  return form('add-book', 'Add a book', bookFields('add-book'), 'Add book', async added => {
    const { data: book } = await api.registerBook({
      title: valueOf(added, 'title') ?? '',
      isbn: valueOf(added, 'isbn'),
      published_year: yearOf(added),
    });
    flash(`Added “${book.title}”.`);
    location.hash = hrefs.book(book.id);
  });
}

function bookFields(formId, book = {}) {
  return [
    field(formId, 'title', 'Title', { value: book.title }),
    field(formId, 'isbn', 'ISBN', { value: book.isbn, hint: 'Optional. ISBN-10 or ISBN-13; hyphens and spaces are fine.' }),
    field(formId, 'published_year', 'Year of publication', { value: book.published_year, hint: 'Optional.', inputMode: 'numeric' }),
  ];
}

/** #/books/{id}: the book, its authors in credit order (links to them), and for editors the ways to change it. */
export async function book(view) {
  const { data, etag } = await api.getBook(view.id);
  showBook(view, data, etag);
}

/** Shows `book`, whose ETag is `etag` (sent back as If-Match), then focuses the first of `focus` that can be. */
function showBook(view, book, etag, focus) {
  const reload = () => view.reload();
  /** Runs a change that answers the changed book, shows it and says `done`; a refusal goes to the alert region. */
  const change = async (request, done, focusAfter) => {
    try {
      const { data, etag: changedEtag } = await request();
      showBook(view, data, changedEtag, focusAfter);
      say(done);
    } catch (failure) {
      report(failure, reload);
    }
  };
  const reorder = (index, by) => {
    const ids = book.authors.map(author => author.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved);
    const name = book.authors[index].name;
    const direction = by < 0 ? 'up' : 'down';
    change(() => api.replaceAuthors(book.id, ids, etag),
      `Moved ${name} to position ${index + by + 1} of ${ids.length}.`,
      [`${direction}-${moved}`, `${direction === 'up' ? 'down' : 'up'}-${moved}`]);
  };
  const remove = author => change(async () => {
    await api.removeCredit(book.id, author.id);
    return api.getBook(book.id);
  }, `Removed ${author.name} from this book.`, ['authors-heading']);

  view.show(book.title, [
    h('dl', { className: 'facts' },
      h('dt', {}, 'ISBN'), h('dd', {}, book.isbn ?? 'none'),
      h('dt', {}, 'Published'), h('dd', {}, book.published_year === null ? 'year unknown' : String(book.published_year))),
    h('section', { 'aria-labelledby': 'authors-heading' },
      h('h2', { id: 'authors-heading', tabIndex: -1 }, 'Authors'),
      book.authors.length === 0 ? h('p', {}, 'No author is credited on this book.')
        : h('ol', { className: 'credits' }, book.authors.map((author, index) => h('li', {},
          h('a', { href: hrefs.author(author.id) }, author.name),
          view.signedIn ? h('span', { className: 'controls' },
            control(`up-${author.id}`, 'Move up', author.name, index === 0, () => reorder(index, -1)),
            control(`down-${author.id}`, 'Move down', author.name, index === book.authors.length - 1,
              () => reorder(index, 1)),
            control(`remove-${author.id}`, 'Remove', author.name, false, () => remove(author))) : null)))),
    view.signedIn ? [
      creditSection(book, author => change(() => api.credit(book.id, author.id),
        `Credited ${author.name} on this book.`, ['credit-q'])),
      form('edit-book', 'Edit this book', bookFields('edit-book', book), 'Save changes', async edited => {
        const changes = changedFields(book, edited);
        if (Object.keys(changes).length === 0) {
          say('Nothing to save: no field was changed.');
          return;
        }
        const { data, etag: changedEtag } = await api.updateBook(book.id, changes, etag);
        showBook(view, data, changedEtag, ['edit-book-submit']);
        say('Saved the changes.');
      }, reload),
      h('section', { 'aria-labelledby': 'delete-book-heading' },
        h('h2', { id: 'delete-book-heading' }, 'Delete this book'),
        h('p', {}, 'Its credits go with it; its authors stay in the catalogue.'),
        h('button', { type: 'button', className: 'danger', onclick: () => deleteBook(book) }, 'Delete this book…')),
    ] : null,
  ], focus);
}

/** A button acting on one credited author: its visible label, and the author's name for screen readers. */
function control(id, label, name, disabled, onclick) {
  return h('button', { type: 'button', id, disabled, onclick }, label, h('span', { className: 'visually-hidden' }, ` ${name}`));
}

/** The fields of the edit form that differ from `book`, as a merge patch. */
function changedFields(book, edited) {
  const entered = { title: valueOf(edited, 'title') ?? '', isbn: valueOf(edited, 'isbn'), published_year: yearOf(edited) };
  return Object.fromEntries(Object.entries(entered).filter(([name, value]) => value !== book[name]));
}

/** Finds authors by name to credit them, or registers a new one and credits them. */
function creditSection(book, credit) {
  const results = h('div', { id: 'credit-results' });
  const find = async searched => {
    const text = valueOf(searched, 'q');
    if (text === null) {
      results.replaceChildren(h('p', {}, 'Type a part of the author’s name first.'));
      return;
    }
    const { data: page } = await api.findAuthors({ q: text });
    const credited = new Set(book.authors.map(author => author.id));
    results.replaceChildren(
      page.items.length
        ? h('ul', { className: 'choices', 'aria-label': `Authors whose name contains “${text}”` }, page.items.map(author =>
          h('li', {}, credited.has(author.id)
            ? [author.name, ' (credited)']
            : h('button', { type: 'button', onclick: () => credit(author) }, `Credit ${author.name}`))))
        : h('p', {}, `No author’s name contains “${text}”.`),
      h('button', {
        type: 'button',
        onclick: async () => {
          try {
            credit((await api.registerAuthor(text)).data);
          } catch (failure) {
            report(failure);
          }
        },
      }, `Add “${text}” as a new author and credit them`));
    say(page.items.length ? `${page.items.length}${page.next_cursor ? ' or more' : ''} authors found.` : 'No author found.');
  };
  const searchCredit = form('credit', 'Credit an author', field('credit', 'q', 'Author’s name, or a part of it', { type: 'search', autocomplete: 'off' }),
    'Find authors', find);
  searchCredit.append(results);
  return searchCredit;
}

async function deleteBook(book) {
  if (!await confirmAction(`Delete “${book.title}”?`, 'Its credits go with it; its authors stay in the catalogue. This cannot be undone.',
    'Delete book')) {
    return;
  }
  try {
    await api.deleteBook(book.id);
    flash(`Deleted “${book.title}”.`);
    location.hash = hrefs.books();
  } catch (failure) {
    report(failure);
  }
}
