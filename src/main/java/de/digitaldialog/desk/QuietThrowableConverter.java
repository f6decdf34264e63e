package de.digitaldialog.desk;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import de.digitaldialog.desk.service.Traces;

/**
 * Writes a logged exception as its classes and stack frames without the messages (see
 * {@link Traces}), in place of logback's {@code %ex}.
 */
public final class QuietThrowableConverter extends ThrowableHandlingConverter {

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        // a live event always carries the exception itself; any other proxy is named by its class alone
        return proxy instanceof ThrowableProxy live ? Traces.withoutMessages(live.getThrowable())
                : proxy.getClassName() + System.lineSeparator();
    }
}
