package org.bookshelf.server;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/** Counts the requests being answered, so that a shutdown can wait for them to finish. */
final class InFlightRequests extends ValveBase {

    private int running;

    InFlightRequests() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        enter();
        try {
            getNext().invoke(request, response);
        } finally {
            leave();
        }
    }

    private synchronized void enter() {
        running++;
    }

    private synchronized void leave() {
        running--;
        if (running == 0) {
            notifyAll();
        }
    }

    synchronized int running() {
        return running;
    }

    /**
     * Waits until no request is being answered, or {@code timeout} has passed.
     *
     * @return whether every request finished
     */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
