package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.DeskException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.api.ErrorCode;
import org.h2.tools.ChangeFileEncryption;

/** H2's side of the encryption: the file key of a closed file, the database user's password. */
public final class FileEncryption {

    private FileEncryption() {
    }

    /**
     * Re-encrypts the closed database file in {@code folder} from {@code from}'s file key (none: a
     * plain file) to {@code to}'s, in place; the user password stays.
     *
     * @throws DeskException {@code error.passphrase.keyWrite} naming the file when H2 refuses
     */
    public static void change(Path folder, Credentials from, Credentials to) {
        char[] oldKey = from.fileKey();
        char[] newKey = to.fileKey();
        try {
            ChangeFileEncryption.execute(folder.toString(), Database.FILE_NAME, "AES", oldKey, newKey, true);
        } catch (SQLException e) {
            throw new DeskException(e, "error.passphrase.keyWrite", folder.resolve(Database.DATABASE_FILE));
        } finally {
            clear(oldKey);
            clear(newKey);
        }
    }

    /** Gives the database user {@code password} (letters, digits, '-' and '_' only: it goes into the SQL). */
    public static void setUserPassword(Database database, String password) {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("user password must be URL-safe Base64");
        }
        database.onConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("ALTER USER " + Database.USER + " SET PASSWORD '" + password + "'");
            }
        });
    }

    /** True when H2 refused the database user's password (not the file key, not a damaged file). */
    public static boolean userPasswordRefused(RuntimeException e) {
        return e.getCause() instanceof SQLException sql && sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD;
    }

    private static void clear(char[] key) {
        if (key != null) {
            Arrays.fill(key, '\0');
        }
    }
}
