// The authors: the listing by name (with a search of names) and one author with the books crediting them.
// Signed in, a person adds, renames and deletes authors.

import { ApiError, api } from './api.js';
import { bookItem } from './books.js';
import { pager } from './paging.js';
import { marked, searchableListing } from './search.js';
import { confirmAction, field, flash, form, h, hrefs, report, valueOf } from './ui.js';

/** #/authors?q=…&cursor=…: a page of authors by name, those found by q when given, following the search box. */
export async function authorList(view) {
  await searchableListing(view, {
    one: 'author', many: 'authors', label: 'Search names', find: api.findAuthors, hrefFor: hrefs.authors,
    item: (author, words) => h('li', {}, h('a', { href: hrefs.author(author.id) }, marked(author.name, words))),
  }, view.signedIn ? registerAuthorForm() : null);
}

function registerAuthorForm() {
  return form('add-author', 'Add an author', field('add-author', 'name', 'Name'), 'Add author', async added => {
    const { data: author } = await api.registerAuthor(valueOf(added, 'name') ?? '');
    flash(`Added ${author.name}.`);
    location.hash = hrefs.author(author.id);
  });
}

/** #/authors/{id}?cursor=…: the author and a page of the books crediting them, each with all its authors. */
export async function author(view) {
  const { cursor } = view.params;
  const [{ data: person, etag }, { data: page }] = await Promise.all([api.getAuthor(view.id), api.booksOf(view.id, cursor)]);
  view.show(person.name, [
    h('section', { 'aria-labelledby': 'books-heading' },
      h('h2', { id: 'books-heading' }, 'Books'),
      page.items.length
        ? h('ul', { className: 'listing', 'aria-label': `Books by ${person.name}` }, page.items.map(book => bookItem(book)))
        : h('p', {}, cursor ? 'No more books.' : 'No book credits this author.'),
      pager(`Pages of books by ${person.name}`, `authors/${person.id}/books`, cursor, page.next_cursor,
        next => hrefs.author(person.id, { cursor: next }))),
    view.signedIn ? [
      form('rename-author', 'Rename this author', field('rename-author', 'name', 'Name', { value: person.name }), 'Rename',
        async renamed => {
          const { data } = await api.renameAuthor(person.id, valueOf(renamed, 'name') ?? '', etag);
          flash(`Renamed to ${data.name}.`);
          await view.reload(['rename-author-submit']);
        }, () => view.reload()),
      h('section', { 'aria-labelledby': 'delete-author-heading' },
        h('h2', { id: 'delete-author-heading' }, 'Delete this author'),
        h('p', {}, 'An author still credited on books can be deleted only together with those credits. Needs an admin token.'),
        h('button', { type: 'button', className: 'danger', onclick: () => deleteAuthor(person) }, 'Delete this author…')),
    ] : null,
  ]);
}

async function deleteAuthor(person) {
  if (!await confirmAction(`Delete ${person.name}?`, 'This cannot be undone.', 'Delete author')) {
    return;
  }
  try {
    try {
      await api.deleteAuthor(person.id, false);
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.problem.type === 'urn:bookshelf:problem:author-still-credited')) throw failure;
      if (!await confirmAction(`${person.name} is still credited on books`,
        `Deleting ${person.name} removes them from every book that credits them; the books stay. This cannot be undone.`,
        'Remove from books and delete')) {
        return;
      }
      await api.deleteAuthor(person.id, true);
    }
    flash(`Deleted ${person.name}.`);
    location.hash = hrefs.authors();
  } catch (failure) {
    report(failure);
  }
}
