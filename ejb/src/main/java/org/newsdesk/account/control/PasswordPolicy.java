package org.newsdesk.account.control;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a password must be: 12 to 256 characters, not blank, and hard to guess — zxcvbn (its lists of common and
 * breached passwords, English words, names, keyboard walks, dates and repeats, plus the account's own user and
 * display name) must estimate at least 10^8 guesses (score 3 of 4). zxcvbn's work grows faster than linearly with
 * the length, so only the first {@value #MEASURED} characters are measured: a long password must not begin
 * guessable, and a hostile 256 characters cost what 64 do.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    public static final int MEASURED = 64;
    public static final int MIN_SCORE = 3;

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Empty when the password is acceptable, else the reason (English; the API's field message). */
    public static Optional<String> weakness(String password, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("must not be blank");
        }
        List<String> inputs = Arrays.stream(personal).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
        Strength strength = ZXCVBN.measure(password.substring(0, Math.min(MEASURED, password.length())), inputs);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        Feedback feedback = strength.getFeedback();
        String warning = feedback.getWarning();
        String hint = warning == null || warning.isBlank()
                ? String.join(" ", feedback.getSuggestions()) : warning;
        return Optional.of("is too easy to guess" + (hint.isBlank() ? "" : ": " + hint.strip()));
    }
}
