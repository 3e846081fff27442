package jp.shomei.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document the sandbox print network holds, as a store network would until its print deadline. */
@Entity
@Table(name = "sandbox_print_reservation")
public class SandboxPrintJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private StoreNetwork network;

    private String reservationNumber;

    private String fileName;

    private byte[] pdf;

    private Instant printableUntil;

    private Instant registeredAt;

    private Instant printedAt;

    protected SandboxPrintJob() {
    }

    SandboxPrintJob(StoreNetwork network, String reservationNumber, String fileName, byte[] pdf,
            Instant printableUntil, Instant registeredAt) {
        this.network = network;
        this.reservationNumber = reservationNumber;
        this.fileName = fileName;
        this.pdf = pdf;
        this.printableUntil = printableUntil;
        this.registeredAt = registeredAt;
    }

    PrintReservation reservation() {
        return new PrintReservation(network, reservationNumber, printableUntil);
    }

    public Long getId() {
        return id;
    }

    public StoreNetwork getNetwork() {
        return network;
    }

    public String getReservationNumber() {
        return reservationNumber;
    }

    public String getFileName() {
        return fileName;
    }

    byte[] getPdf() {
        return pdf;
    }

    public Instant getPrintableUntil() {
        return printableUntil;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }
}
