package jp.shomei.certificate;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Passes the networks' print notices on as {@link CertificatePrinted} events, in the caller's transaction, so that
 * a listener that fails makes the network's call fail and be repeated.
 */
@Component
class PrintedEvents implements PrintNotifications {

    private final ApplicationEventPublisher events;

    PrintedEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void printed(PrintReservation reservation, Instant printedAt) {
        events.publishEvent(new CertificatePrinted(reservation, printedAt));
    }
}
