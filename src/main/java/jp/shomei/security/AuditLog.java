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

    /** The longest mail address or user name kept: a longer one typed at a login is cut, never refused with 500. */
    public static final int MAX_NAME = 254;
    private static final int MAX_CLIENT_ADDRESS = 64;

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuthEvent.Type type, Long accountId, String email, String clientAddress) {
        events.save(new AuthEvent(clock.instant(), type, accountId, shortened(email),
                clientAddress == null || clientAddress.length() <= MAX_CLIENT_ADDRESS ? clientAddress
                        : clientAddress.substring(0, MAX_CLIENT_ADDRESS)));
    }

    static String shortened(String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
