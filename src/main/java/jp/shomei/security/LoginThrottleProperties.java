package jp.shomei.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * For an account, failed logins first delay the next attempt (delay, doubling), then lock it (firstLock after
 * lockAfter failures, doubling up to longestLock). A client address, which many people may share, is only locked
 * after clientLockAfter failures. Failures older than forgetAfter are forgotten.
 */
@ConfigurationProperties("shomei.login")
public record LoginThrottleProperties(@DefaultValue("1s") Duration delay, @DefaultValue("5") int lockAfter,
        @DefaultValue("20") int clientLockAfter, @DefaultValue("1m") Duration firstLock,
        @DefaultValue("1h") Duration longestLock, @DefaultValue("24h") Duration forgetAfter) {

    Schedule account() {
        return new Schedule(delay, lockAfter, firstLock, longestLock, forgetAfter);
    }

    Schedule client() {
        return new Schedule(Duration.ZERO, clientLockAfter, firstLock, longestLock, forgetAfter);
    }

    record Schedule(Duration delay, int lockAfter, Duration firstLock, Duration longestLock, Duration forgetAfter) {
    }
}
