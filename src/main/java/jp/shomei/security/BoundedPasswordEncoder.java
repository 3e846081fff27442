package jp.shomei.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most as many hashes run at once as there are permits (the cores), later ones waiting in arrival order.
 * Each Argon2id hash works through 19 MiB: more hashes than cores only share the cores and their caches, and keep
 * more of that memory alive for the garbage collector to copy, so every login gets slower (docs/benchmarks.md).
 * Checking whether a hash needs upgrading hashes nothing and is not bounded.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder encoder, int concurrentHashes) {
        this.encoder = encoder;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> encoder.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> encoder.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hash) {
        permits.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
