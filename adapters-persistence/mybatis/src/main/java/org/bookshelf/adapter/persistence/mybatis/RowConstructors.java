package org.bookshelf.adapter.persistence.mybatis;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Builds the adapter's rows through their constructors, each made accessible once. MyBatis' own factory
 * looks the constructor up for every row and, the rows being package-private records, fails its access
 * check and retries after {@code setAccessible}: an {@code IllegalAccessException} built for every row
 * read (a profile of a GET showed it). Anything but a record is left to MyBatis.
 */
final class RowConstructors extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    private record Signature(Class<?> type, List<Class<?>> parameterTypes) {}

    /** Not serialized: a factory read back starts with no constructor made accessible ({@link #readResolve}). */
    private final transient Map<Signature, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type, List<Class<?>> constructorArgTypes, List<Object> constructorArgs) {
        if (!type.isRecord() || constructorArgTypes == null) {
            return super.create(type, constructorArgTypes, constructorArgs);
        }
        Constructor<?> constructor = constructors.computeIfAbsent(
                new Signature(type, List.copyOf(constructorArgTypes)), RowConstructors::accessible);
        try {
            return type.cast(constructor.newInstance(constructorArgs.toArray()));
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new ReflectionException("Error instantiating " + type + " with " + constructorArgs, e);
        }
    }

    private Object readResolve() {
        return new RowConstructors();
    }

    private static Constructor<?> accessible(Signature signature) {
        try {
            Constructor<?> constructor = signature
                    .type()
                    .getDeclaredConstructor(signature.parameterTypes().toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new ReflectionException(
                    "No constructor " + signature.parameterTypes() + " in " + signature.type(), e);
        }
    }
}
