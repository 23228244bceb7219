package org.bookshelf.adapter.persistence.mariadb;

import java.security.SecureRandom;

/**
 * The embedded server's two passwords: {@code root}'s (administration, kept for people) and the
 * application user's (what the service connects with).
 */
record ServerPasswords(String root, String application) {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** 32 letters and digits, about 190 bits: nothing to escape in SQL or on a command line. */
    private static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    static ServerPasswords generate() {
        return new ServerPasswords(randomPassword(), randomPassword());
    }

    private static String randomPassword() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Never shows the passwords. */
    @Override
    public String toString() {
        return "ServerPasswords[root=***, application=***]";
    }
}
