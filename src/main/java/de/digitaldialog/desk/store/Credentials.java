package de.digitaldialog.desk.store;

/**
 * What H2 needs to open a data folder's database: the file key for {@code CIPHER=AES} (the hex
 * of a key derived from the user's passphrase; absent for an unencrypted file) and the password of
 * the database user {@code desk}.
 */
public final class Credentials {

    /** An unencrypted file whose user has the empty password: what the Desk wrote before issue 12. */
    public static final Credentials LEGACY = new Credentials(null, "");

    private final String fileKey;
    private final String userPassword;

    private Credentials(String fileKey, String userPassword) {
        this.fileKey = fileKey;
        this.userPassword = userPassword;
    }

    /** An unencrypted file, its user with {@code userPassword}. */
    public static Credentials plain(String userPassword) {
        return new Credentials(null, userPassword);
    }

    /** A file encrypted with {@code fileKey} (no spaces), its user with {@code userPassword}. */
    public static Credentials encrypted(String fileKey, String userPassword) {
        if (fileKey.isEmpty() || fileKey.contains(" ")) {
            throw new IllegalArgumentException("file key must be non-empty without spaces");
        }
        return new Credentials(fileKey, userPassword);
    }

    public boolean encrypted() {
        return fileKey != null;
    }

    /** The URL settings these credentials need. */
    String urlSettings() {
        return encrypted() ? ";CIPHER=AES" : "";
    }

    /** The JDBC password: H2 takes the file key and the user's password separated by a space. */
    String jdbcPassword() {
        return encrypted() ? fileKey + " " + userPassword : userPassword;
    }

    /** The file key alone, for H2's tools that work on a closed file (re-encryption, page scan). */
    char[] fileKey() {
        return fileKey == null ? null : fileKey.toCharArray();
    }

    public String userPassword() {
        return userPassword;
    }

    /** Never a key or a password. */
    @Override
    public String toString() {
        return encrypted() ? "Credentials[encrypted]" : "Credentials[plain]";
    }
}
