package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.RequestValue;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorsTest {

    private static final String LISTING = "books|null|dune|null";

    @Test
    void aFirstPageHasNoKeyset() {
        assertThat(PageCursors.keysetOf(PageRequest.first(), LISTING)).isNull();
    }

    @Test
    void aShortPageIsTheLast() {
        Page<Keyset> page =
                PageCursors.page(Slice.of(List.of(new Keyset(0, "a", 1))), PageRequest.first(2), LISTING, k -> k);
        assertThat(page.items()).hasSize(1);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void theExtraItemOnlySignalsANextPageWhoseCursorLeadsBackToTheLastItemShown() {
        List<Keyset> fetched = List.of(
                new Keyset(0, "alpha", 4), new Keyset(1, "dune \uD83D\uDCDA\nmessiah", 9), new Keyset(0, "zebra", 2));
        Page<Keyset> page = PageCursors.page(Slice.of(fetched), PageRequest.first(2), LISTING, k -> k);

        assertThat(page.items()).containsExactly(fetched.get(0), fetched.get(1));
        assertThat(page.nextCursor()).matches("[A-Za-z0-9_.-]+");
        assertThat(PageCursors.keysetOf(new PageRequest(2, page.nextCursor()), LISTING))
                .isEqualTo(fetched.get(1));
    }

    @Test
    void aStoreThatStoppedEarlyGivesAShortPageWhoseCursorLeadsToWhereItStopped() {
        Keyset stoppedAt = new Keyset(1, "lantern", 77);
        Page<Keyset> page = PageCursors.page(
                new Slice<>(List.of(new Keyset(0, "a", 1)), stoppedAt), PageRequest.first(5), LISTING, k -> k);

        assertThat(page.items()).containsExactly(new Keyset(0, "a", 1));
        assertThat(PageCursors.keysetOf(new PageRequest(5, page.nextCursor()), LISTING))
                .isEqualTo(stoppedAt);
    }

    @Test
    void aStoreThatStoppedEarlyWithNothingFoundYetStillLeadsOn() {
        Keyset stoppedAt = new Keyset(0, "m", 3);
        Page<Keyset> page = PageCursors.page(new Slice<>(List.of(), stoppedAt), PageRequest.first(5), LISTING, k -> k);

        assertThat(page.items()).isEmpty();
        assertThat(PageCursors.keysetOf(new PageRequest(5, page.nextCursor()), LISTING))
                .isEqualTo(stoppedAt);
    }

    @Test
    void aCursorOnlyContinuesTheListingItCameFrom() {
        String cursor = cursorAfter(new Keyset(0, "dune", 9));
        assertThatThrownBy(() -> PageCursors.keysetOf(new PageRequest(2, cursor), "books|null|other|null"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(RequestValue.PAGE_CURSOR);
    }

    @Test
    void anAlteredCursorIsRefused() {
        String cursor = cursorAfter(new Keyset(0, "dune", 9));
        String payload = cursor.substring(0, cursor.indexOf('.'));
        String forgedPayload =
                Base64.getUrlEncoder().withoutPadding().encodeToString("1\n1\ndune".getBytes(StandardCharsets.UTF_8));
        String forged = forgedPayload + cursor.substring(payload.length());
        assertThatThrownBy(() -> PageCursors.keysetOf(new PageRequest(2, forged), LISTING))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b.c", "!!!.???", "MQ.MQ"})
    void aMalformedCursorIsRefused(String cursor) {
        assertThatThrownBy(() -> PageCursors.keysetOf(new PageRequest(2, cursor), LISTING))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).kind())
                .isEqualTo(RequestValue.PAGE_CURSOR);
    }

    private static String cursorAfter(Keyset keyset) {
        List<Keyset> fetched = List.of(keyset, new Keyset(0, "zzz", 99));
        return PageCursors.page(Slice.of(fetched), PageRequest.first(1), LISTING, k -> k)
                .nextCursor();
    }
}
