package jp.shomei.certificate;

import java.time.Instant;

/** Published when a store printed a reservation, for the order that registered it. */
public record CertificatePrinted(PrintReservation reservation, Instant printedAt) {
}
