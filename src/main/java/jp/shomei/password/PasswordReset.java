package jp.shomei.password;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A request to reset a registered account's forgotten password (2.4(f)); the address stays in the account. */
@Entity
public class PasswordReset {

    public enum Status {
        URL_SENT, DONE, EXPIRED, REPLACED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String processInstanceId;

    private Instant requestedAt;

    private Instant finishedAt;

    protected PasswordReset() {
    }

    PasswordReset(Long accountId, Instant requestedAt) {
        this.accountId = accountId;
        this.requestedAt = requestedAt;
        this.status = Status.URL_SENT;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Ends an open request; one that already ended keeps its outcome. */
    void finish(Status outcome, Instant now) {
        if (status == Status.URL_SENT) {
            this.status = outcome;
            this.finishedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Status getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
