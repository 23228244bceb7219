package org.bookshelf.adapter.persistence;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;

/**
 * A MyBatis plugin that records each SQL statement actually executed on the database (not the mapper
 * calls: the statements), for the calling thread only, while {@link #record} runs. Transaction control
 * ({@code autocommit}, {@code COMMIT}, {@code ROLLBACK}) goes through JDBC, not MyBatis, and is not
 * counted.
 */
@Intercepts({
    @Signature(
            type = StatementHandler.class,
            method = "query",
            args = {Statement.class, ResultHandler.class}),
    @Signature(
            type = StatementHandler.class,
            method = "queryCursor",
            args = {Statement.class}),
    @Signature(
            type = StatementHandler.class,
            method = "update",
            args = {Statement.class}),
    @Signature(
            type = StatementHandler.class,
            method = "batch",
            args = {Statement.class})
})
public final class SqlStatementRecorder implements Interceptor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** What {@code action} answered, and the statements it executed on this thread, in order. */
    public record Recorded<T>(T result, List<String> statements) {

        /** The statements starting with {@code verb} and naming {@code table}, e.g. {@code ("INSERT", "book_author")}. */
        public List<String> matching(String verb, String table) {
            return statements.stream()
                    .filter(sql -> sql.startsWith(verb) && sql.matches("(?s).*\\b" + table + "\\b.*"))
                    .toList();
        }
    }

    /** Runs {@code action} on this thread, recording the statements it executes. */
    public static <T> Recorded<T> record(Supplier<T> action) {
        List<String> previous = RECORDING.get();
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            RECORDING.set(previous);
        }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            String sql =
                    ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
            statements.add(sql.strip().replaceAll("\\s+", " "));
        }
        return invocation.proceed();
    }
}
