package org.bookshelf.server;

import java.util.List;
import java.util.function.Consumer;
import org.bookshelf.adapter.persistence.mariadb.ReplicaRouting;
import org.bookshelf.adapter.web.ReplicatedStore;

/** The MariaDB store's replicas ({@link ReplicaRouting}) as the web adapter sees them. */
final class ReplicatedMariaDb implements ReplicatedStore {

    private final ReplicaRouting routing;

    ReplicatedMariaDb(ReplicaRouting routing) {
        this.routing = routing;
    }

    @Override
    public boolean isPosition(String value) {
        return ReplicaRouting.isPosition(value);
    }

    @Override
    public void beginRequest(String readAfter, Consumer<String> committedAt) {
        routing.beginRequest(readAfter, committedAt);
    }

    @Override
    public void endRequest() {
        routing.endRequest();
    }

    @Override
    public List<ReplicaHealth> replicas() {
        return routing.states().stream().map(state -> new ReplicaHealth(state.name(), state.healthy(),
                state.lag() == null ? null : state.lag().toMillis() / 1000.0)).toList();
    }
}
