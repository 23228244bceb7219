package org.bookshelf.server;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Sends java.util.logging (Tomcat's own logging) to SLF4J, so one Logback configuration governs all. */
final class JulToSlf4j {

    private JulToSlf4j() {}

    static synchronized void install() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
