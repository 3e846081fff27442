package jp.shomei.account;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the sessions kept in the database (the cluster profile) once they ran out, and audits each graduate's as
 * {@link SessionExpiryAudit} does on a single node: Spring Session JDBC tells nobody of an expiry, so its own sweep is
 * off (spring.session.jdbc.cleanup-cron). Every node sweeps; the conditional delete gives each session to exactly one
 * of them, so each expiry is audited once.
 */
@Component
@Profile("cluster")
class SharedSessionExpiry {

    private record Expired(String id, byte[] context) {
    }

    private final JdbcTemplate jdbc;
    private final SessionExpiryAudit audit;
    private final DeserializingConverter deserializer = new DeserializingConverter(getClass().getClassLoader());

    SharedSessionExpiry(JdbcTemplate jdbc, SessionExpiryAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every minute, as Spring Session's own sweep. */
    @Scheduled(cron = "0 * * * * *")
    void sweep() {
        long now = System.currentTimeMillis();
        List<Expired> expired = jdbc.query("""
                select s.primary_id, a.attribute_bytes from spring_session s
                left join spring_session_attributes a on a.session_primary_id = s.primary_id and a.attribute_name = ?
                where s.expiry_time < ?""",
                (row, n) -> new Expired(row.getString(1), row.getBytes(2)),
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, now);
        for (Expired session : expired) {
            // A session used again meanwhile has a later expiry and stays.
            if (jdbc.update("delete from spring_session where primary_id = ? and expiry_time < ?", session.id(), now) == 1
                    && session.context() != null) {
                audit.timedOut(deserializer.convert(session.context()));
            }
        }
    }
}
