package org.bookshelf.application.service;

import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.in.FindAuthorsUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.application.port.out.UnitOfWork;

/** A search takes one of the {@link SearchSlots}; one whose first page is empty suggests words instead. */
record FindAuthorsService(UnitOfWork unitOfWork, CatalogueReads reads, SearchSlots searchSlots)
        implements FindAuthorsUseCase {

    @Override
    public Page<AuthorView> findAuthors(AuthorFilter filter, PageRequest page) {
        return searchSlots.page(filter.search(), page, WordScope.AUTHORS, unitOfWork, reads, () -> find(filter, page));
    }

    private Page<AuthorView> find(AuthorFilter filter, PageRequest page) {
        String listing = filter.fingerprint();
        Keyset after = PageCursors.keysetOf(page, listing);
        Slice<AuthorView> fetched = unitOfWork.read(() -> reads.findAuthors(filter, after, page.limit() + 1));
        return PageCursors.page(
                fetched,
                page,
                listing,
                author -> new Keyset(0, author.name().sortKey(), author.id().value()));
    }
}
