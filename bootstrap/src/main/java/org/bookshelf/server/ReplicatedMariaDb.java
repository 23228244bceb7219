package org.bookshelf.server;

import java.util.List;
import org.bookshelf.adapter.persistence.mariadb.ReplicaRouting;
import org.bookshelf.adapter.web.ReplicatedStore;

/** The MariaDB store's replicas ({@link ReplicaRouting}) as the web adapter's readiness reports them. */
final class ReplicatedMariaDb implements ReplicatedStore {

    private final ReplicaRouting routing;

    ReplicatedMariaDb(ReplicaRouting routing) {
        this.routing = routing;
    }

    @Override
    public List<ReplicaHealth> replicas() {
        return routing.states().stream()
                .map(state -> new ReplicaHealth(
                        state.name(),
                        state.healthy(),
                        state.lag() == null ? null : state.lag().toMillis() / 1000.0))
                .toList();
    }
}
