package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The data folder's side file {@value #FILE_NAME}: whether the database is encrypted, the salt and
 * iteration count of the key derivation, a check value that tells a wrong passphrase from a
 * damaged file, and the random password of the database user. Plain text, readable by its owner
 * only; it holds nothing from which the file key follows without the passphrase.
 *
 * <p>The key is PBKDF2-HMAC-SHA256 over the passphrase: 512 bits, of which the first half is H2's
 * file key ({@code CIPHER=AES}, hex) and the second half, hashed, the check value. H2's own
 * derivation (10 iterations) alone would make guessing a passphrase cheap.
 */
public final class FolderKey {

    public static final String FILE_NAME = "desk.encryption";
    static final String PENDING_NAME = FILE_NAME + ".new";
    /** At least what OWASP asks for PBKDF2-HMAC-SHA256 (2023). */
    public static final int ITERATIONS = 600_000;
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private static final String ENCRYPTED = "encrypted";
    private static final String KDF = "kdf";
    private static final String ITERATION_COUNT = "iterations";
    private static final String SALT = "salt";
    private static final String CHECK = "check";
    private static final String USER_PASSWORD = "user.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean encrypted;
    private final int iterations;
    private final byte[] salt;
    private final byte[] check;
    private final String userPassword;

    private FolderKey(boolean encrypted, int iterations, byte[] salt, byte[] check, String userPassword) {
        this.encrypted = encrypted;
        this.iterations = iterations;
        this.salt = salt;
        this.check = check;
        this.userPassword = userPassword;
    }

    /** A new unencrypted folder's settings: only a random password for the database user. */
    public static FolderKey unencrypted() {
        return new FolderKey(false, 0, new byte[0], new byte[0], randomPassword());
    }

    /**
     * The settings for encrypting with {@code passphrase}: a new salt, the same user password.
     * Takes a moment (the key derivation); not on the FX thread.
     */
    public FolderKey encryptedWith(Passphrase passphrase) {
        return encrypt(passphrase).key();
    }

    /** New settings and the credentials that open a file encrypted with them. */
    record Encrypted(FolderKey key, Credentials credentials) {
    }

    /** As {@link #encryptedWith}, with the credentials from the same (single) derivation. */
    Encrypted encrypt(Passphrase passphrase) {
        if (passphrase.isEmpty()) {
            throw new DeskException("error.passphrase.empty");
        }
        byte[] newSalt = new byte[16];
        RANDOM.nextBytes(newSalt);
        byte[] derived = derive(passphrase, newSalt, ITERATIONS);
        try {
            return new Encrypted(new FolderKey(true, ITERATIONS, newSalt, checkOf(derived), userPassword),
                    Credentials.encrypted(HexFormat.of().formatHex(derived, 0, 32), userPassword));
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * What H2 needs to open the database. Takes a moment when encrypted (the key derivation).
     *
     * @throws DeskException {@code error.passphrase.missing} when the folder is encrypted and no
     *                       passphrase was given, {@code error.passphrase.wrong} when it does not fit
     */
    public Credentials unlock(Passphrase passphrase) {
        if (!encrypted) {
            return Credentials.plain(userPassword);
        }
        if (passphrase.isEmpty()) {
            throw new DeskException("error.passphrase.missing");
        }
        byte[] derived = derive(passphrase, salt, iterations);
        try {
            if (!MessageDigest.isEqual(checkOf(derived), check)) {
                throw new DeskException("error.passphrase.wrong");
            }
            return Credentials.encrypted(HexFormat.of().formatHex(derived, 0, 32), userPassword);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** The side file of {@code folder}; empty when there is none (a new folder, or one from before issue 12). */
    public static Optional<FolderKey> read(Path folder) {
        return readFile(folder.resolve(FILE_NAME));
    }

    /** The side file a replacement of the database file left behind when it was interrupted, see {@link #replace}. */
    static Optional<FolderKey> readPending(Path folder) {
        return readFile(folder.resolve(PENDING_NAME));
    }

    private static Optional<FolderKey> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(parse(in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new DeskException(e, "error.passphrase.keyFile", file);
        }
    }

    /** Moves a database file into place; may throw. */
    @FunctionalInterface
    interface FileMove {
        void run() throws IOException;
    }

    /**
     * Replaces the database file of {@code folder} ({@code move}) and the side file by these settings
     * together. Order: these settings as {@value #PENDING_NAME}, then the file moved, then the
     * pending side file moved over the old one, each step atomic. The Desk stopped before the file
     * was moved leaves the old file and a pending side file that does not open it; stopped after,
     * the new file and a pending side file that does: the next start keeps the one that opens the
     * file ({@link FolderCredentials#settle}).
     */
    void replace(Path folder, FileMove move) throws IOException {
        Path pending = folder.resolve(PENDING_NAME);
        writeFile(pending);
        try {
            move.run();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pending);
            throw e;
        }
        promotePending(folder);
    }

    /** The pending side file becomes the side file. */
    static void promotePending(Path folder) throws IOException {
        Preferences.moveAtomically(folder.resolve(PENDING_NAME), folder.resolve(FILE_NAME));
    }

    static void deletePending(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(PENDING_NAME));
    }

    /** Reads settings written by {@link #store} (the side file, or its copy in a backup). */
    static FolderKey parse(InputStream in) throws IOException {
        Properties values = new Properties();
        values.load(in);
        String password = values.getProperty(USER_PASSWORD);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("no user password");
        }
        if (!Boolean.parseBoolean(values.getProperty(ENCRYPTED))) {
            return new FolderKey(false, 0, new byte[0], new byte[0], password);
        }
        if (!ALGORITHM.equals(values.getProperty(KDF))) {
            throw new IllegalArgumentException("unknown key derivation");
        }
        int iterations = Integer.parseInt(values.getProperty(ITERATION_COUNT, "0"));
        byte[] salt = Base64.getDecoder().decode(values.getProperty(SALT, ""));
        byte[] check = Base64.getDecoder().decode(values.getProperty(CHECK, ""));
        if (iterations < ITERATIONS || salt.length < 16 || check.length != 32) {
            throw new IllegalArgumentException("weak or incomplete key settings");
        }
        return new FolderKey(true, iterations, salt, check, password);
    }

    /** Writes the side file into {@code folder}, all at once and readable by its owner only. */
    public void write(Path folder) {
        writeFile(folder.resolve(FILE_NAME));
    }

    private void writeFile(Path file) {
        AtomicFile.write(file, "error.passphrase.keyWrite", out -> {
            store().store(out, encrypted
                    ? "Digitaldialog Desk: this database is encrypted (AES); it opens only with its passphrase"
                    : "Digitaldialog Desk: this database is not encrypted");
            out.flush();
        });
        try {
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            throw new DeskException(e, "error.passphrase.keyWrite", file);
        }
    }

    Properties store() {
        Properties values = new Properties();
        values.setProperty(ENCRYPTED, String.valueOf(encrypted));
        if (encrypted) {
            values.setProperty(KDF, ALGORITHM);
            values.setProperty(ITERATION_COUNT, String.valueOf(iterations));
            values.setProperty(SALT, Base64.getEncoder().encodeToString(salt));
            values.setProperty(CHECK, Base64.getEncoder().encodeToString(check));
        }
        values.setProperty(USER_PASSWORD, userPassword);
        return values;
    }

    private static byte[] derive(Passphrase passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase.characters(), salt, iterations, 512);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] checkOf(byte[] derived) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Arrays.copyOfRange(derived, 32, 64));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return encrypted ? "FolderKey[encrypted, " + iterations + " iterations]" : "FolderKey[plain]";
    }
}
