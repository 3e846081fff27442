package jp.shomei.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A graduate's login checks two passwords; this checks them at the same time, the second on a thread of its own, so
 * that while cores are free a login waits for one hash instead of two. Both are always computed, whatever the first
 * answers, so the time taken tells nothing. Under load nothing changes: the encoder's bound still decides how many
 * hashes run at once.
 */
@Component
public class PasswordChecks implements AutoCloseable {

    private final PasswordEncoder encoder;
    private final ExecutorService secondChecks;

    PasswordChecks(PasswordEncoder encoder) {
        this.encoder = encoder;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("password-check-");
        threads.setDaemon(true);
        this.secondChecks = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threads);
    }

    /** Whether each password matches its hash. */
    public Checked matchBoth(CharSequence password, String hash, CharSequence secondPassword, String secondHash) {
        Future<Boolean> second = secondChecks.submit(() -> encoder.matches(secondPassword, secondHash));
        boolean first = encoder.matches(password, hash);
        try {
            return new Checked(first, second.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking a password", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Password check failed", e.getCause());
        }
    }

    /** The hash of a password, as stored. */
    public String encode(CharSequence password) {
        return encoder.encode(password);
    }

    @Override
    public void close() {
        secondChecks.shutdownNow();
    }

    public record Checked(boolean first, boolean second) {
    }
}
