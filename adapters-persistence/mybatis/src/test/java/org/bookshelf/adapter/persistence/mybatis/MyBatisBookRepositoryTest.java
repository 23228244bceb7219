package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * How the repository reads a refused link insert, over mappers that answer what each case needs (cases a
 * real database produces only in a race).
 */
class MyBatisBookRepositoryTest {

    private static final UnitOfWork DIRECT = new UnitOfWork() {
        @Override
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    };

    private final Book book = Book.register(
            new BookId(1), new Title("Book"), null, null, Authorship.of(List.of(new AuthorId(10), new AuthorId(20))));
    private final DataIntegrityViolationException refusedLink = new DataIntegrityViolationException(
            "insert refused",
            new SQLIntegrityConstraintViolationException(
                    "Cannot add or update a child row: a foreign key constraint"
                            + " fails (`bookshelf`.`book_author`, CONSTRAINT `fk_book_author_author` FOREIGN KEY (`author_id`)"
                            + " REFERENCES `authors` (`id`))",
                    "23000",
                    1452));

    @Test
    void a_link_refused_for_its_author_names_exactly_the_authors_that_do_not_exist() {
        MyBatisBookRepository store = storeWhereExisting(List.of(10L));

        assertThatThrownBy(() -> store.save(book))
                .isInstanceOfSatisfying(
                        UnknownAuthorsException.class,
                        refused -> assertThat(refused.unknown()).containsExactly(new AuthorId(20)));
    }

    @Test
    void a_link_refused_for_its_author_while_every_author_exists_is_not_reported_as_unknown_authors() {
        MyBatisBookRepository store = storeWhereExisting(List.of(10L, 20L));

        assertThatThrownBy(() -> store.save(book)).isSameAs(refusedLink);
    }

    private MyBatisBookRepository storeWhereExisting(List<Long> existingAuthors) {
        BookMapper books = stub(BookMapper.class, Map.of("insertLinks", args -> {
            throw refusedLink;
        }));
        AuthorMapper authors = stub(
                AuthorMapper.class,
                Map.of(
                        "lockExisting",
                        args -> ((Collection<?>) args[0])
                                .stream().filter(existingAuthors::contains).toList()));
        return new MyBatisBookRepository(DIRECT, books, authors, stub(SearchWordMapper.class, Map.of()));
    }

    private interface Answer {
        Object answer(Object[] args);
    }

    /** A mapper whose named methods answer as given and whose others do nothing (answer {@code null}). */
    private static <M> M stub(Class<M> mapper, Map<String, Answer> answers) {
        return mapper.cast(Proxy.newProxyInstance(
                mapper.getClassLoader(),
                new Class<?>[] {mapper},
                (proxy, method, args) -> answers.containsKey(method.getName())
                        ? answers.get(method.getName()).answer(args)
                        : null));
    }
}
