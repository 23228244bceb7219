package org.bookshelf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthorTest {

    @Test
    void aNewAuthorStartsAtTheFirstVersion() {
        Author author = Author.register(new AuthorId(3), new AuthorName("Ann Leckie"));
        assertThat(author.id()).isEqualTo(new AuthorId(3));
        assertThat(author.name().value()).isEqualTo("Ann Leckie");
        assertThat(author.version()).isEqualTo(Author.FIRST_VERSION);
        assertThat(author.loadedVersion()).isEqualTo(Author.NOT_STORED);
        assertThat(author.hasChanges()).isTrue();
    }

    @Test
    void renamingMovesTheVersionOnlyWhenTheNameDiffers() {
        Author author = Author.reconstitute(new AuthorId(3), new AuthorName("Ann Leckie"), 5);
        assertThat(author.rename(new AuthorName("Ann Leckie "))).isFalse();
        assertThat(author.version()).isEqualTo(5);
        assertThat(author.hasChanges()).isFalse();
        assertThat(author.rename(new AuthorName("A. Leckie"))).isTrue();
        assertThat(author.name().value()).isEqualTo("A. Leckie");
        assertThat(author.version()).isEqualTo(6);
        assertThat(author.loadedVersion()).isEqualTo(5);
        assertThat(author.hasChanges()).isTrue();
    }

    @Test
    void aStoredVersionIsAtLeastTheFirst() {
        assertThatThrownBy(() -> Author.reconstitute(new AuthorId(3), new AuthorName("Ann"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
