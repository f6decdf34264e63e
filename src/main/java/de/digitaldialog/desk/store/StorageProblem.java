package de.digitaldialog.desk.store;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Why reading or writing a file or the database failed, named for a person. Messages carry this
 * instead of the failure's own text: H2's and jOOQ's messages hold SQL, bound values (titles,
 * names) and storage internals. Shown through its label {@code enum.StorageProblem.<name>}.
 */
public enum StorageProblem {
    DISK_FULL, ACCESS_DENIED, READ_ONLY, FILE_MISSING, DAMAGED, BUSY, OUT_OF_MEMORY, RULE_BROKEN, UNKNOWN;

    private static final int MAX_CAUSES = 50;

    /** The problem behind {@code error}, looked for along its causes. */
    public static StorageProblem of(Throwable error) {
        Throwable cause = error;
        // bounded: a chain of causes may run in a circle
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            StorageProblem problem = named(cause);
            if (problem != UNKNOWN) {
                return problem;
            }
        }
        return UNKNOWN;
    }

    private static StorageProblem named(Throwable cause) {
        // the operating system's reason is only in the text (Java has no type for "disk full"),
        // and FileNotFoundException also stands for "Permission denied": look at the text first
        StorageProblem reason = reasonText(cause.getMessage());
        if (reason != UNKNOWN) {
            return reason;
        }
        if (cause instanceof OutOfMemoryError) {
            return OUT_OF_MEMORY;
        }
        if (cause instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        }
        if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
            return FILE_MISSING;
        }
        if (cause instanceof ZipException) {
            return DAMAGED;
        }
        if (cause instanceof MVStoreException store) {
            return store.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
                    || store.getErrorCode() == DataUtils.ERROR_CHUNK_NOT_FOUND ? DAMAGED : UNKNOWN;
        }
        if (cause instanceof SQLException sql) {
            return ofSql(sql);
        }
        return UNKNOWN;
    }

    private static StorageProblem ofSql(SQLException sql) {
        if (sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return RULE_BROKEN;
        }
        return switch (sql.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> DAMAGED;
            case ErrorCode.OUT_OF_MEMORY -> OUT_OF_MEMORY;
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DATABASE_ALREADY_OPEN_1 -> BUSY;
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1,
                 ErrorCode.FILE_NOT_FOUND_1 -> FILE_MISSING;
            case ErrorCode.DATABASE_IS_READ_ONLY -> READ_ONLY;
            default -> UNKNOWN;
        };
    }

    private static StorageProblem reasonText(String message) {
        if (message == null) {
            return UNKNOWN;
        }
        String text = message.toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("disk quota exceeded")) {
            return DISK_FULL;
        }
        if (text.contains("read-only file system")) {
            return READ_ONLY;
        }
        if (text.contains("permission denied") || text.contains("access is denied")
                || text.contains("operation not permitted")) {
            return ACCESS_DENIED;
        }
        return UNKNOWN;
    }
}
