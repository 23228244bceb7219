package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code #{}} paths of a list parameter's elements, for SQL written in Java ({@link SearchSql},
 * {@link PageByIdsSql}): each element bound, none pasted.
 */
final class BoundPaths {

    private BoundPaths() {}

    /** {@code #{name[0]}}, {@code #{name[1]}}…: one path for each element of the list parameter {@code name}. */
    static List<String> ofElements(Map<String, Object> parameters, String name) {
        int size = ((List<?>) parameters.get(name)).size();
        List<String> paths = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            paths.add("#{" + name + "[" + i + "]}");
        }
        return paths;
    }
}
