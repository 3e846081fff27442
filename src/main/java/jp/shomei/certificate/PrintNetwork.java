package jp.shomei.certificate;

import java.time.Instant;

/**
 * Registers documents for printing at convenience stores. The default run has a sandbox in the application
 * ({@code /dev/print}); a real network plugs in behind this interface and reports prints to
 * {@link PrintNotifications}.
 */
public interface PrintNetwork {

    /**
     * Registers the PDF with the network, printable at its stores until {@code printableUntil}, and returns its
     * reservation number.
     */
    PrintReservation register(StoreNetwork network, String fileName, byte[] pdf, Instant printableUntil);
}
