package jp.shomei.bench;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Prints how long one Argon2id check at the configured cost takes on this machine; every login computes two.
 * After {@code ./mvnw test-compile}: {@code java -cp "target/test-classes:target/classes:$(./mvnw -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" jp.shomei.bench.PasswordHashBenchmark}
 */
public final class PasswordHashBenchmark {

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) {
        Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        String hash = encoder.encode("Sakura-Blossom-2031");
        for (int i = 0; i < 5; i++) {
            encoder.matches("Sakura-Blossom-2031", hash);
        }
        int rounds = 40;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            encoder.matches("Sakura-Blossom-2031", hash);
        }
        double millis = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf("Argon2id m=19 MiB t=2 p=1: %.1f ms per check, %.1f ms per login (two checks)%n",
                millis, 2 * millis);
    }
}
