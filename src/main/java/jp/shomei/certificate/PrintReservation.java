package jp.shomei.certificate;

import java.time.Instant;

/** A document registered with a store network: the number the graduate enters at the copier, and until when. */
public record PrintReservation(StoreNetwork network, String reservationNumber, Instant printableUntil) {
}
