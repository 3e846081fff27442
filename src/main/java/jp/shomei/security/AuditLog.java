package jp.shomei.security;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the authentication audit log; its own transaction, so a refused login is logged too. */
@Service
public class AuditLog {

    private final AuthEventRepository events;
    private final Clock clock;

    AuditLog(AuthEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuthEvent.Type type, Long accountId, String email, String clientAddress) {
        events.save(new AuthEvent(clock.instant(), type, accountId, email, clientAddress));
    }
}
