package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.AuthorshipRow;

/**
 * The row changes that turn a book's stored {@code book_author} rows into its new ordered authorship,
 * touching only rows that must change: links that go are deleted, new links are inserted, and a link
 * that stays is updated only when its position has to move.
 *
 * <p>Positions need not be contiguous, only ordered. When the links that stay keep their relative
 * order and every new link comes after them (a credit, a removal, or both), no stored position
 * moves: new links go after the highest stored position that stays. Otherwise the book is
 * renumbered 1..n, and only the links whose position differs from their new one move.
 *
 * <p>Apply in this order: {@link #removed()}, then {@link #temporaryMoves()} when
 * {@link #needsTemporaryPositions()}, then {@link #moves()}, then {@link #added()}. MariaDB checks
 * the unique key {@code (book_id, position)} row by row within one {@code UPDATE}, so when a link
 * moves onto a position another moving link still holds, all moving links first step aside to
 * distinct negative positions.
 *
 * @param bookId  the book whose links these are
 * @param removed stored links that are deleted
 * @param moves   links that stay, with their new positions
 * @param added   links to insert
 */
record AuthorshipDiff(
        long bookId,
        List<AuthorshipRow> removed,
        List<AuthorshipRow> moves,
        List<AuthorshipRow> added,
        boolean needsTemporaryPositions) {

    AuthorshipDiff {
        removed = List.copyOf(removed);
        moves = List.copyOf(moves);
        added = List.copyOf(added);
    }

    /**
     * @param stored the book's stored links, in position order
     * @param wanted the authors to be credited, in credit order, no duplicates
     */
    static AuthorshipDiff between(long bookId, List<AuthorshipRow> stored, List<Long> wanted) {
        Map<Long, Integer> storedPositions = new HashMap<>();
        stored.forEach(link -> storedPositions.put(link.authorId(), link.position()));
        Set<Long> wantedIds = new HashSet<>(wanted);
        List<AuthorshipRow> removed = stored.stream()
                .filter(link -> !wantedIds.contains(link.authorId()))
                .toList();

        return keepsStoredPositions(wanted, storedPositions)
                ? appending(bookId, wanted, storedPositions, removed)
                : renumbering(bookId, wanted, storedPositions, removed);
    }

    /** Whether the links that stay are wanted in their stored order, and every new link after them. */
    private static boolean keepsStoredPositions(List<Long> wanted, Map<Long, Integer> storedPositions) {
        int previousPosition = Integer.MIN_VALUE;
        boolean seenNew = false;
        for (Long authorId : wanted) {
            Integer position = storedPositions.get(authorId);
            if (position == null) {
                seenNew = true;
            } else if (seenNew || position <= previousPosition) {
                return false;
            } else {
                previousPosition = position;
            }
        }
        return true;
    }

    private static AuthorshipDiff appending(
            long bookId, List<Long> wanted, Map<Long, Integer> storedPositions, List<AuthorshipRow> removed) {
        int last =
                wanted.stream().map(storedPositions::get).filter(p -> p != null).reduce(0, Math::max);
        List<AuthorshipRow> added = new ArrayList<>();
        for (Long authorId : wanted) {
            if (!storedPositions.containsKey(authorId)) {
                added.add(new AuthorshipRow(bookId, authorId, ++last));
            }
        }
        return new AuthorshipDiff(bookId, removed, List.of(), added, false);
    }

    private static AuthorshipDiff renumbering(
            long bookId, List<Long> wanted, Map<Long, Integer> storedPositions, List<AuthorshipRow> removed) {
        List<AuthorshipRow> moves = new ArrayList<>();
        List<AuthorshipRow> added = new ArrayList<>();
        Set<Integer> positionsLeftByMoves = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            long authorId = wanted.get(i);
            int target = i + 1;
            Integer position = storedPositions.get(authorId);
            if (position == null) {
                added.add(new AuthorshipRow(bookId, authorId, target));
            } else if (position != target) {
                moves.add(new AuthorshipRow(bookId, authorId, target));
                positionsLeftByMoves.add(position);
            }
        }
        boolean collide = moves.stream().anyMatch(move -> positionsLeftByMoves.contains(move.position()));
        return new AuthorshipDiff(bookId, removed, moves, added, collide);
    }

    /** The {@link #moves()} to distinct negative positions, so that none of them blocks another. */
    List<AuthorshipRow> temporaryMoves() {
        return moves.stream()
                .map(move -> new AuthorshipRow(move.bookId(), move.authorId(), -move.position()))
                .toList();
    }

    /**
     * The links stored once this difference is applied to {@code stored}, in position order (which is
     * the order of {@code wanted}).
     */
    List<AuthorshipRow> linksAfter(List<AuthorshipRow> stored, List<Long> wanted) {
        Map<Long, AuthorshipRow> byAuthor = new HashMap<>();
        stored.forEach(link -> byAuthor.put(link.authorId(), link));
        moves.forEach(link -> byAuthor.put(link.authorId(), link));
        added.forEach(link -> byAuthor.put(link.authorId(), link));
        return wanted.stream().map(byAuthor::get).toList();
    }

    boolean isEmpty() {
        return removed.isEmpty() && moves.isEmpty() && added.isEmpty();
    }
}
