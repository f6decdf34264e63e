package de.digitaldialog.desk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import de.digitaldialog.desk.service.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * Logging to a rolling file in the data folder's {@code logs/}, which the launcher names in the
 * system property {@code desk.log.dir} before anything logs. Configured in code rather than in
 * logback.xml: parsing the XML loads some 600 classes and costs start-up time.
 * <p>
 * The folder and every log file are their owner's only. Logback's own status messages are never
 * printed: when the folder cannot be used, logging goes nowhere rather than onto the console.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    public static final String LOG_DIR_PROPERTY = "desk.log.dir";

    /** Creates each log file (the current one, again after every rollover) for its owner only. */
    private static final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            Path file = Path.of(fileName);
            if (!Files.exists(file)) {
                Files.createFile(file, OwnerOnly.file());
            }
            super.openFile(fileName);
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String configured = System.getProperty(LOG_DIR_PROPERTY);
        configure(context, configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "digitaldialog-desk-logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Logs into {@code folder}; package-private so a test can configure a context of its own. */
    static void configure(LoggerContext context, Path folder) {
        // with a listener registered, logback does not print its status dump on stdout
        context.getStatusManager().add(new NopStatusListener());

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        for (String chatty : new String[] {"org.flywaydb", "org.jooq", "org.h2"}) {
            context.getLogger(chatty).setLevel(Level.WARN);
        }
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException | UnsupportedOperationException e) {
            return;
        }
        RollingFileAppender<ILoggingEvent> file = fileAppender(context, folder);
        if (file.isStarted()) {
            root.addAppender(file);
        }
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path folder) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        // exceptions without their messages: H2's and jOOQ's quote SQL and the values of records
        layout.getInstanceConverterMap().put("quietEx", QuietThrowableConverter::new);
        layout.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n%quietEx");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new OwnerOnlyFileAppender();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("desk.log").toString());
        file.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        // not compressed: a rolled file is the renamed desk.log and keeps its owner-only rights
        rolling.setFileNamePattern(folder.resolve("desk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        return file;
    }
}
