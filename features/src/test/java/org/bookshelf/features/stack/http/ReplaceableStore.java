package org.bookshelf.features.stack.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.QueryAuthorsPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/**
 * A store that test code empties by putting a new one in its place: the service is started once on
 * {@link #drivenPorts()}, which pass every call on to whichever store is in place at the time.
 *
 * <p>Empty it only while no request is in progress: a unit of work must begin and end on one store.
 */
final class ReplaceableStore implements CatalogueReset {

    private final Supplier<DrivenPorts> newStore;
    private final DrivenPorts drivenPorts;
    private volatile DrivenPorts current;

    /** @param newStore makes a new, empty store each time it is called */
    ReplaceableStore(Supplier<DrivenPorts> newStore) {
        this.newStore = newStore;
        this.current = newStore.get();
        this.drivenPorts = new DrivenPorts(
                forwarding(UnitOfWork.class, DrivenPorts::unitOfWork),
                forwarding(LoadBookPort.class, DrivenPorts::loadBooks),
                forwarding(StoreBookPort.class, DrivenPorts::storeBooks),
                forwarding(LoadAuthorPort.class, DrivenPorts::loadAuthors),
                forwarding(StoreAuthorPort.class, DrivenPorts::storeAuthors),
                forwarding(QueryBooksPort.class, DrivenPorts::queryBooks),
                forwarding(QueryAuthorsPort.class, DrivenPorts::queryAuthors));
    }

    /** The ports to start the service on; they stay the same while the store behind them is replaced. */
    DrivenPorts drivenPorts() {
        return drivenPorts;
    }

    @Override
    public void emptyCatalogue() {
        current = newStore.get();
    }

    /** A port that calls the same method on the {@code port} of the store currently in place. */
    private <P> P forwarding(Class<P> port, Function<DrivenPorts, P> portOfStore) {
        InvocationHandler forward = (proxy, method, arguments) -> {
            try {
                return method.invoke(portOfStore.apply(current), arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, forward));
    }
}
