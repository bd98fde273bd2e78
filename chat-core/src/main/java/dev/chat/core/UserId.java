package dev.chat.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A user, identified by the string id the host application gives (typically the JWT subject).
 *
 * <p>Numeric ids ({@code "456"}) and non-numeric ids (UUIDs) are both accepted. {@link #isNumeric()}
 * tells a wire encoder to render the id as a JSON number ({@code "sender_id": 456}). Two ids are equal
 * when their strings are equal: {@code "456"} and {@code "0456"} are different users.
 *
 * @param value the id; not blank, at most {@value #MAX_LENGTH} characters, no control characters
 */
public record UserId(String value) {

    /** The longest id accepted, in UTF-16 chars. */
    public static final int MAX_LENGTH = 255;

    /**
     * Validates the id.
     *
     * @param value the id; not blank, at most {@value #MAX_LENGTH} characters, no control characters
     * @throws IllegalArgumentException if the value is blank, too long or has control characters
     */
    public UserId {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * Returns the user id for a string.
     *
     * @param value the id
     * @return the user id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    /**
     * Returns the user id for a number; the id is numeric.
     *
     * @param value the id
     * @return the user id whose value is the decimal form of {@code value}
     */
    public static UserId of(long value) {
        return new UserId(Long.toString(value));
    }

    /**
     * Parses untrusted input (for example a {@code toUserId} sent by a client).
     *
     * @param value the candidate id, may be null
     * @return the user id, or empty if the value is null or not a valid id
     */
    public static Optional<UserId> parse(String value) {
        if (value == null || problem(value) != null) {
            return Optional.empty();
        }
        return Optional.of(new UserId(value));
    }

    /**
     * Whether the id is a canonical decimal integer that fits in a {@code long} ({@code "456"},
     * {@code "-7"}, {@code "0"}; not {@code "0456"}, {@code "+4"}, {@code "4.5"} or {@code "1e3"}).
     * Numeric ids render as JSON numbers on the wire.
     *
     * @return true if {@link #asLong()} succeeds
     */
    public boolean isNumeric() {
        // Checked by hand, not with a regex: ids are rendered on every message, and this allocates nothing.
        String s = value;
        int n = s.length();
        int i = s.charAt(0) == '-' ? 1 : 0;
        int digits = n - i;
        if (digits < 1 || digits > 19) {
            return false;
        }
        if (s.charAt(i) == '0') {
            return n == 1; // "0" only: no leading zeros, no "-0"
        }
        long negative = 0; // accumulated as a negative number, so that Long.MIN_VALUE fits
        for (; i < n; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9 || negative < Long.MIN_VALUE / 10) {
                return false;
            }
            negative *= 10;
            if (negative < Long.MIN_VALUE + digit) {
                return false;
            }
            negative -= digit;
        }
        return s.charAt(0) == '-' || negative != Long.MIN_VALUE;
    }

    /**
     * Returns the numeric value of a numeric id.
     *
     * @return the id as a long
     * @throws IllegalStateException if the id is not {@linkplain #isNumeric() numeric}
     */
    public long asLong() {
        if (!isNumeric()) {
            throw new IllegalStateException("user id is not numeric: " + value);
        }
        return Long.parseLong(value);
    }

    /** Returns the id string itself. */
    @Override
    public String toString() {
        return value;
    }

    private static String problem(String value) {
        if (value.isBlank()) {
            return "user id must not be blank";
        }
        if (value.length() > MAX_LENGTH) {
            return "user id must be at most " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return "user id must not contain control characters";
            }
        }
        return null;
    }
}
