package org.bookshelf.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The API's JSON for the baseline, written by hand: a book {@code {"id","title","isbn","published_year",
 * "authors":[{"id","name"}],"version"}}, a page {@code {"items":[...],"next_cursor":...}} and an error
 * {@code {"status","title"}}, absent values as {@code null}, as Bookshelf writes them.
 */
final class BookJson {

    private BookJson() {
    }

    static byte[] book(RawJdbcCatalogue.Book book) {
        StringBuilder json = new StringBuilder(256);
        book(json, book);
        return bytes(json);
    }

    static byte[] page(List<RawJdbcCatalogue.Book> items, String nextCursor) {
        StringBuilder json = new StringBuilder(256 * items.size() + 64).append("{\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            book(i == 0 ? json : json.append(','), items.get(i));
        }
        string(json.append("],\"next_cursor\":"), nextCursor);
        return bytes(json.append('}'));
    }

    static byte[] error(int status, String title) {
        StringBuilder json = new StringBuilder(64).append("{\"status\":").append(status).append(",\"title\":");
        string(json, title);
        return bytes(json.append('}'));
    }

    private static void book(StringBuilder json, RawJdbcCatalogue.Book book) {
        json.append("{\"id\":").append(book.id()).append(",\"title\":");
        string(json, book.title());
        string(json.append(",\"isbn\":"), book.isbn());
        json.append(",\"published_year\":").append(book.publishedYear()).append(",\"authors\":[");
        for (int i = 0; i < book.authors().size(); i++) {
            RawJdbcCatalogue.Author author = book.authors().get(i);
            json.append(i == 0 ? "{\"id\":" : ",{\"id\":").append(author.id()).append(",\"name\":");
            string(json, author.name());
            json.append('}');
        }
        json.append("],\"version\":").append(book.version()).append('}');
    }

    private static void string(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static byte[] bytes(StringBuilder json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
