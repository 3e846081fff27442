package jp.shomei.certificate;

import java.time.Instant;

/** What a print network tells Shomei: a reservation was printed at a store. Called once per reservation. */
public interface PrintNotifications {

    void printed(PrintReservation reservation, Instant printedAt);
}
