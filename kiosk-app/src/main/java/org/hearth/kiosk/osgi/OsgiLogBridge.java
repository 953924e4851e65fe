package org.hearth.kiosk.osgi;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what bundles log through the OSGi log service (SCR's reports of components that fail, among them)
 * to SLF4J, so it lands in the kiosk's log with everything else.
 */
public final class OsgiLogBridge implements LogListener {

    private final ServiceTracker<LogReaderService, LogReaderService> readers;

    public OsgiLogBridge(BundleContext context) {
        readers = new ServiceTracker<>(context, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                reader.addLogListener(OsgiLogBridge.this);
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
                reader.removeLogListener(OsgiLogBridge.this);
                super.removedService(reference, reader);
            }
        };
    }

    public void open() {
        readers.open();
    }

    public void close() {
        readers.close();
    }

    @Override
    public void logged(LogEntry entry) {
        Logger log = LoggerFactory.getLogger(entry.getLoggerName() == null ? "osgi" : entry.getLoggerName());
        String bundle = entry.getBundle() == null ? "" : entry.getBundle().getSymbolicName() + ": ";
        String message = bundle + entry.getMessage();
        switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> log.error(message, entry.getException());
            case WARN -> log.warn(message, entry.getException());
            case INFO -> log.debug(message, entry.getException());
            default -> log.trace(message, entry.getException());
        }
    }
}
