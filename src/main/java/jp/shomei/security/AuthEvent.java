package jp.shomei.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the authentication audit log. */
@Entity
public class AuthEvent {

    public enum Type {
        LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_REFUSED_LOCKED, LOCK_STARTED, LOGOUT, SESSION_EXPIRED, PASSWORDS_SET,
        PASSWORD_CHANGED, SECOND_PASSWORD_CHANGED, CURRENT_PASSWORD_WRONG,
        /** The login address changed; the event keeps the old one. */
        EMAIL_CHANGED,
        PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private Type event;

    private Long accountId;

    private String email;

    private String clientAddress;

    protected AuthEvent() {
    }

    AuthEvent(Instant occurredAt, Type event, Long accountId, String email, String clientAddress) {
        this.occurredAt = occurredAt;
        this.event = event;
        this.accountId = accountId;
        this.email = email;
        this.clientAddress = clientAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Type getEvent() {
        return event;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
