package de.digitaldialog.desk.service;

import java.util.Arrays;

/**
 * A passphrase the user typed or a script handed over, kept as characters (never a String, which
 * would linger in memory and end up in a message); {@link #close} overwrites them.
 * {@link #NONE} stands for "none given", for a data folder that is not encrypted.
 */
public final class Passphrase implements AutoCloseable {

    /** The fewest characters a new passphrase may have, in the window and on the command line alike. */
    public static final int MIN_LENGTH = 10;

    /** No passphrase: opens an unencrypted data folder; an encrypted one refuses it. */
    public static final Passphrase NONE = new Passphrase(new char[0]);

    private final char[] characters;

    private Passphrase(char[] characters) {
        this.characters = characters;
    }

    /** Takes a copy of {@code characters}; the caller may clear its array at once. */
    public static Passphrase of(char[] characters) {
        return characters.length == 0 ? NONE : new Passphrase(characters.clone());
    }

    public boolean isEmpty() {
        return characters.length == 0;
    }

    /** How many characters it has, for the rule on a new passphrase's length. */
    public int length() {
        return characters.length;
    }

    /** The characters themselves, for the key derivation only; do not keep or copy them. */
    char[] characters() {
        return characters;
    }

    @Override
    public void close() {
        Arrays.fill(characters, '\0');
    }

    /** Never the passphrase itself. */
    @Override
    public String toString() {
        return isEmpty() ? "Passphrase[none]" : "Passphrase[***]";
    }
}
