package org.bookshelf.server;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Moves the console log to standard error, for the commands whose standard output is their result (the
 * last line of {@code import} is its counts as JSON).
 */
final class LogsOnStandardError {

    private LogsOnStandardError() {}

    static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logging)) {
            return;
        }
        logging.getLoggerList()
                .forEach(logger -> logger.iteratorForAppenders().forEachRemaining(appender -> {
                    if (appender instanceof ConsoleAppender<?> console) {
                        console.stop();
                        console.setTarget("System.err");
                        console.start();
                    }
                }));
    }
}
