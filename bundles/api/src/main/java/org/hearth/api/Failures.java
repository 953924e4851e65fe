package org.hearth.api;

import java.sql.SQLException;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import java.util.regex.Pattern;

/**
 * Turning failures into kind words for the screen and safe words for the log. Exception messages are never
 * logged: a database error's message can carry the values that were bound (a name, a contact detail).
 * A refusal of someone's input is an {@link IllegalArgumentException} whose message is a translation key
 * such as {@code error.name.long}, as the platform services throw them. Thread-safe, stateless.
 */
public final class Failures {

    private static final Pattern KEY = Pattern.compile("error(\\.[a-z]+)+");

    private Failures() {
    }

    /** The failure's classes and SQL states, outermost first, and nothing the failure's message says. */
    public static String describe(Throwable failure) {
        StringJoiner chain = new StringJoiner(" <- ");
        for (Throwable t = failure; t != null && chain.length() < 400; t = t.getCause()) {
            chain.add(t instanceof SQLException sql ? t.getClass().getSimpleName() + "[" + sql.getSQLState() + "]"
                    : t.getClass().getSimpleName());
        }
        return chain.toString();
    }

    /** Whether a failure is, somewhere in its causes, a unique-key violation (SQL state 23505). */
    public static boolean isDuplicateKey(Throwable failure) {
        return hasSqlState(failure, "23505");
    }

    /**
     * Whether a failure is, somewhere in its causes, a deadlock, serialization failure or lock time-out: worth one
     * more try. Derby's (40001, 40XL1, 40XL2) and PostgreSQL's (40001, 40P01, 55P03) states.
     */
    public static boolean isLockConflict(Throwable failure) {
        return hasSqlState(failure, "40001", "40XL1", "40XL2", "40P01", "55P03");
    }

    private static boolean hasSqlState(Throwable failure, String... states) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && java.util.Arrays.asList(states).contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failure is a refusal of the visitor's input, whose message is a translation key. */
    public static boolean isRefusal(Throwable failure) {
        return failure instanceof IllegalArgumentException && failure.getMessage() != null
                && KEY.matcher(failure.getMessage()).matches();
    }

    /** The words to show for a failure: the refusal's own message, else the calm "could not save". */
    public static String message(Texts texts, Throwable failure) {
        return isRefusal(failure) ? texts.get(failure.getMessage()) : texts.get("error.save");
    }

    /**
     * Runs one step of a screen: a refusal of the input shows its kind message, any other failure is
     * logged (as {@code what}, without personal data) and shows "could not save". Empty when it failed.
     */
    public static <T> Optional<T> attempt(Supplier<T> action, Texts texts, Consumer<String> show, Logger log,
                                          String what) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException e) {
            if (!isRefusal(e)) {
                log.error("{} failed: {}", what, describe(e));
            }
            show.accept(message(texts, e));
            return Optional.empty();
        }
    }
}
