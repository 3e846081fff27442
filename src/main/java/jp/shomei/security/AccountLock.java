package jp.shomei.security;

import java.time.Instant;

/** An account whose logins are refused after repeated failures. */
public record AccountLock(String email, int failures, Instant until) {
}
