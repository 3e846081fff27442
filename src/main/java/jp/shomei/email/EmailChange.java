package jp.shomei.email;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A request to change an account's login address (2.4(b)); the account keeps its address until it is confirmed. */
@Entity
public class EmailChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private String newEmail;

    /** The address the account had until the change, for the notice; empty until then. */
    private String oldEmail;

    @Enumerated(EnumType.STRING)
    private EmailChangeStatus status;

    private String processInstanceId;

    private Instant requestedAt;

    private Instant closedAt;

    protected EmailChange() {
    }

    EmailChange(Long accountId, String newEmail, Instant requestedAt) {
        this.accountId = accountId;
        this.newEmail = newEmail;
        this.requestedAt = requestedAt;
        this.status = EmailChangeStatus.PENDING;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    boolean pending() {
        return status == EmailChangeStatus.PENDING;
    }

    void changed(String oldEmail, Instant now) {
        this.oldEmail = oldEmail;
        close(EmailChangeStatus.CHANGED, now);
    }

    void close(EmailChangeStatus status, Instant now) {
        this.status = status;
        this.closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public String getOldEmail() {
        return oldEmail;
    }

    public EmailChangeStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
