package jp.shomei.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** Failed logins of one account or one client address, and until when further attempts are refused. */
@Entity
public class LoginThrottle {

    @Id
    private String throttleKey;

    private int failures;

    private Instant lastFailureAt;

    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String throttleKey) {
        this.throttleKey = throttleKey;
    }

    boolean blockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** Counts a failure; returns true when this failure starts a lock (rather than a short delay). */
    boolean fail(Instant now, LoginThrottleProperties.Schedule policy) {
        if (lastFailureAt != null && Duration.between(lastFailureAt, now).compareTo(policy.forgetAfter()) > 0) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures < policy.lockAfter()) {
            blockedUntil = policy.delay().isZero() ? null : now.plus(policy.delay().multipliedBy(1L << (failures - 1)));
            return false;
        }
        Duration lock = policy.firstLock().multipliedBy(1L << Math.min(failures - policy.lockAfter(), 20));
        blockedUntil = now.plus(lock.compareTo(policy.longestLock()) > 0 ? policy.longestLock() : lock);
        return true;
    }

    public String getThrottleKey() {
        return throttleKey;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
