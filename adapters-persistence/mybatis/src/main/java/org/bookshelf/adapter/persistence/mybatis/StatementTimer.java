package org.bookshelf.adapter.persistence.mybatis;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;

/**
 * A MyBatis plugin that times each mapper statement on a Micrometer registry: the timer {@value #METRIC}
 * ({@code mybatis_statement_seconds} in Prometheus), tagged with {@code statement}, the mapper and its
 * statement such as {@code BookMapper.findPage}, and {@code outcome}, {@code success} or {@code error}.
 * The time runs from the mapper call to its answer: the round trip to the database and the mapping of
 * the rows. Give it to {@link MyBatisPersistenceConfiguration} as an {@link Interceptor} bean.
 *
 * <p>It wraps each executor (one per MyBatis session, so one per use case or unit of work) in a proxy of
 * its own rather than through MyBatis' {@code Plugin.wrap}, which reads the plugin's signature annotations
 * again for every executor it wraps; and it looks each timer up once.
 */
public final class StatementTimer implements Interceptor {

    static final String METRIC = "mybatis.statement";

    private static final Set<String> TIMED = Set.of("query", "queryCursor", "update");

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    public StatementTimer(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Object plugin(Object target) {
        if (!(target instanceof Executor executor)) {
            return target;
        }
        InvocationHandler timing = (proxy, method, args) -> {
            try {
                return TIMED.contains(method.getName())
                        ? intercept(new Invocation(executor, method, args))
                        : method.invoke(executor, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(Executor.class.getClassLoader(), new Class<?>[] {Executor.class}, timing);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        String statement = mapperAndStatement(((MappedStatement) invocation.getArgs()[0]).getId());
        long started = System.nanoTime();
        boolean succeeded = false;
        try {
            Object result = invocation.proceed();
            succeeded = true;
            return result;
        } finally {
            timer(statement, succeeded ? "success" : "error").record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String statement, String outcome) {
        return timers.computeIfAbsent(
                statement + ' ' + outcome,
                key -> Timer.builder(METRIC)
                        .description("Time taken by MyBatis statements, by mapper statement and outcome")
                        .tag("statement", statement)
                        .tag("outcome", outcome)
                        .register(registry));
    }

    /** {@code BookMapper.findPage} of {@code org.bookshelf.adapter.persistence.mybatis.BookMapper.findPage}. */
    private static String mapperAndStatement(String id) {
        int statementDot = id.lastIndexOf('.');
        return statementDot < 0 ? id : id.substring(id.lastIndexOf('.', statementDot - 1) + 1);
    }
}
