package org.bookshelf.adapter.persistence.mybatis;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * A MyBatis plugin that times each mapper statement on a Micrometer registry: the timer {@value #METRIC}
 * ({@code mybatis_statement_seconds} in Prometheus), tagged with {@code statement}, the mapper and its
 * statement such as {@code BookMapper.findPage}, and {@code outcome}, {@code success} or {@code error}.
 * The time runs from the mapper call to its answer: the round trip to the database and the mapping of
 * the rows. Give it to {@link MyBatisPersistenceConfiguration} as an {@link Interceptor} bean.
 */
@Intercepts({
        @Signature(type = Executor.class, method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
        @Signature(type = Executor.class, method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
                        BoundSql.class}),
        @Signature(type = Executor.class, method = "queryCursor",
                args = {MappedStatement.class, Object.class, RowBounds.class}),
        @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
public final class StatementTimer implements Interceptor {

    static final String METRIC = "mybatis.statement";

    private final MeterRegistry registry;

    public StatementTimer(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Wraps executors only: MyBatis offers every statement, parameter and result set handler it makes to each
     * plugin as well, and wrapping one costs a proxy and a look-up of these signatures.
     */
    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Interceptor.super.plugin(target) : target;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            Object result = invocation.proceed();
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder(METRIC)
                    .description("Time taken by MyBatis statements, by mapper statement and outcome")
                    .tag("statement", mapperAndStatement(statement.getId()))
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    /** {@code BookMapper.findPage} of {@code org.bookshelf.adapter.persistence.mybatis.BookMapper.findPage}. */
    private static String mapperAndStatement(String id) {
        int statementDot = id.lastIndexOf('.');
        return statementDot < 0 ? id : id.substring(id.lastIndexOf('.', statementDot - 1) + 1);
    }
}
