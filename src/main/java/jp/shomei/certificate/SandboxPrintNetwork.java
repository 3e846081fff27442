package jp.shomei.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The print network of the default run: keeps each document in a table, with a reservation number shaped as the
 * network's (netprint: 8 letters and digits; network print service: 10 digits), and lets the dev page play the
 * store that prints it.
 */
@Service
@Transactional
@ConditionalOnProperty(name = "shomei.print.sandbox.enabled", havingValue = "true")
public class SandboxPrintNetwork implements PrintNetwork {

    private static final String NETPRINT_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** What pressing "printed" did. */
    public enum Outcome {
        PRINTED, ALREADY_PRINTED, EXPIRED
    }

    private final SandboxPrintJobRepository jobs;
    private final PrintNotifications notifications;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SandboxPrintNetwork(SandboxPrintJobRepository jobs, PrintNotifications notifications, Clock clock) {
        this.jobs = jobs;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public PrintReservation register(StoreNetwork network, String fileName, byte[] pdf, Instant printableUntil) {
        String number;
        do {
            number = newNumber(network);
        } while (jobs.existsByNetworkAndReservationNumber(network, number));
        return jobs.save(new SandboxPrintJob(network, number, fileName, pdf, printableUntil, clock.instant()))
                .reservation();
    }

    /** A store printed the job: Shomei hears of it once, and only before the deadline (stores print nothing after). */
    public Outcome print(long jobId) {
        SandboxPrintJob job = jobs.findById(jobId).orElseThrow();
        Instant now = clock.instant();
        if (!now.isBefore(job.getPrintableUntil())) {
            return Outcome.EXPIRED;
        }
        if (jobs.markPrinted(jobId, now) == 0) {
            return Outcome.ALREADY_PRINTED;
        }
        notifications.printed(job.reservation(), now);
        return Outcome.PRINTED;
    }

    @Transactional(readOnly = true)
    public List<SandboxPrintJob> jobs() {
        return jobs.findAllByOrderByRegisteredAtDescIdDesc();
    }

    @Transactional(readOnly = true)
    public Optional<SandboxPrintJob> job(long jobId) {
        return jobs.findById(jobId);
    }

    @Transactional(readOnly = true)
    byte[] pdf(long jobId) {
        return jobs.findById(jobId).orElseThrow().getPdf();
    }

    private String newNumber(StoreNetwork network) {
        StringBuilder number = new StringBuilder();
        if (network == StoreNetwork.NETPRINT) {
            for (int i = 0; i < 8; i++) {
                number.append(NETPRINT_CHARACTERS.charAt(random.nextInt(NETPRINT_CHARACTERS.length())));
            }
        } else {
            for (int i = 0; i < 10; i++) {
                number.append(random.nextInt(10));
            }
        }
        return number.toString();
    }
}
