package jp.shomei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** No more hashes at once than the bound allows, whoever asks, and every hash still gets its turn. */
class BoundedPasswordEncoderTest {

    @Test
    void shouldRunAtMostAsManyHashesAtOnceAsItHasPermits() throws Exception {
        CountingEncoder counting = new CountingEncoder();
        PasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2);

        List<Boolean> answers = inParallel(16, 5, i -> i % 2 == 0 ? bounded.matches("Sakura-2031", "known")
                : bounded.encode("Sakura-2031") != null);

        assertThat(answers).hasSize(80).containsOnly(true);
        assertThat(counting.hashes).hasValue(80);
        assertThat(counting.mostAtOnce).hasValue(2);
    }

    @Test
    void shouldLetUnknownUsersDummyChecksWaitTheirTurnAsKnownUsersChecksDo() throws Exception {
        CountingEncoder counting = new CountingEncoder();
        PasswordEncoder bounded = new BoundedPasswordEncoder(counting, 1);

        // Half the checks are against the dummy hash an unknown address is checked with: they take a permit and
        // hash as the others do, so they neither skip the queue nor answer sooner.
        List<Boolean> answers = inParallel(8, 4, i -> bounded.matches("Sakura-2031", i % 2 == 0 ? "known" : "dummy"));

        assertThat(answers).hasSize(32).filteredOn(known -> known).hasSize(16);
        assertThat(counting.hashes).hasValue(32);
        assertThat(counting.mostAtOnce).hasValue(1);
    }

    @Test
    void shouldStillHashAndCheckWithArgon2() throws Exception {
        PasswordEncoder bounded = new BoundedPasswordEncoder(PasswordConfig.argon2(), 1);
        String hash = bounded.encode("Sakura-Blossom-2031");

        List<Boolean> answers = inParallel(3, 1, i -> bounded.matches(i == 0 ? "Wrong-Blossom-2031"
                : "Sakura-Blossom-2031", hash));

        assertThat(answers).containsExactly(false, true, true);
        assertThat(bounded.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void shouldKeepTheStoredHashesFormatBehindTheBound() {
        PasswordEncoder encoder = new PasswordConfig().passwordEncoder();

        String hash = encoder.encode("Sakura-Blossom-2031");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("Sakura-Blossom-2031", hash)).isTrue();
    }

    private interface Call {
        boolean run(int index) throws Exception;
    }

    /** Each of the threads makes its calls one after another, all threads at once; the answers in index order. */
    private static List<Boolean> inParallel(int threads, int callsEach, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < threads * callsEach; i++) {
                int index = i;
                futures.add(pool.submit(() -> call.run(index)));
            }
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stands in for a hash: takes a while, and counts how many run at once. */
    private static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicLong hashes = new AtomicLong();

        @Override
        public String encode(CharSequence rawPassword) {
            hash();
            return "known";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            hash();
            return "known".equals(encodedPassword);
        }

        private void hash() {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
                hashes.incrementAndGet();
            }
        }
    }
}
