package jp.shomei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A login's two checks run together, and both always run. */
class PasswordChecksTest {

    @Test
    void shouldRunBothChecksAtTheSameTime() {
        // Each check waits for the other at the barrier: they only finish if they run at once.
        CyclicBarrier together = new CyclicBarrier(2);
        try (PasswordChecks checks = new PasswordChecks(new FakeEncoder(() -> together.await(10, TimeUnit.SECONDS)))) {
            assertThat(checks.matchBoth("Sakura-2031", "Sakura-2031", "Momiji-2032", "Momiji-2032"))
                    .isEqualTo(new PasswordChecks.Checked(true, true));
        }
    }

    @Test
    void shouldCheckTheSecondPasswordEvenWhenTheFirstIsWrong() {
        AtomicInteger hashes = new AtomicInteger();
        try (PasswordChecks checks = new PasswordChecks(new FakeEncoder(hashes::incrementAndGet))) {
            assertThat(checks.matchBoth("Wrong-2031", "Sakura-2031", "Momiji-2032", "Momiji-2032"))
                    .isEqualTo(new PasswordChecks.Checked(false, true));
            assertThat(hashes).hasValue(2);
        }
    }

    @Test
    void shouldCheckRealHashes() {
        PasswordEncoder argon2 = new BoundedPasswordEncoder(PasswordConfig.argon2(), 2);
        try (PasswordChecks checks = new PasswordChecks(argon2)) {
            String hash = checks.encode("Sakura-Blossom-2031");
            String second = checks.encode("Momiji-Leaves-2032");

            assertThat(checks.matchBoth("Sakura-Blossom-2031", hash, "Momiji-Leaves-2032", second))
                    .isEqualTo(new PasswordChecks.Checked(true, true));
            assertThat(checks.matchBoth("Sakura-Blossom-2031", second, "Momiji-Leaves-2032", hash))
                    .isEqualTo(new PasswordChecks.Checked(false, false));
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** "Hashes" by doing the given work; a password matches a hash equal to it. */
    private record FakeEncoder(Work work) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return rawPassword.toString();
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return rawPassword.toString().equals(encodedPassword);
        }
    }
}
