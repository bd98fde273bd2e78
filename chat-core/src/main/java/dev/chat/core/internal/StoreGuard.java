package dev.chat.core.internal;

import dev.chat.core.port.StoreUnavailableException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs the part of a call that touches ports and turns a failure into a rejection with no effects:
 * {@link StoreUnavailableException} becomes {@code STORE_UNAVAILABLE}, any other runtime exception
 * {@code INTERNAL} (logged, since it is a bug or an unexpected outage).
 */
final class StoreGuard {

    private static final System.Logger LOG = System.getLogger(StoreGuard.class.getName());

    private StoreGuard() {
    }

    static <T> Outcome<T> run(String operation, Supplier<Outcome<T>> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            return failed(operation, e);
        }
    }

    /** The rejection for a port failure (also one that completed a stage exceptionally). */
    static <T> Outcome<T> failed(String operation, Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof StoreUnavailableException) {
            LOG.log(System.Logger.Level.WARNING, () -> operation + ": store unavailable: " + e.getMessage());
            return Outcome.rejected(Rejections.STORE_DOWN);
        }
        LOG.log(System.Logger.Level.ERROR, operation + " failed", e);
        return Outcome.rejected(Rejections.INTERNAL_ERROR);
    }
}
