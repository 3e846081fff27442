package jp.shomei.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One copy of a store order, issued and registered with both store networks. */
@Entity
@Table(name = "order_print_copy")
public class OrderPrintCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long orderId;
    private int lineNo;
    private int copyNo;
    private Long certificateId;
    private String netprintNumber;
    private String networkPrintNumber;
    private Instant printableUntil;
    private Instant printedAt;

    protected OrderPrintCopy() {
    }

    OrderPrintCopy(Long orderId, int lineNo, int copyNo, Long certificateId, String netprintNumber,
            String networkPrintNumber, Instant printableUntil) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.copyNo = copyNo;
        this.certificateId = certificateId;
        this.netprintNumber = netprintNumber;
        this.networkPrintNumber = networkPrintNumber;
        this.printableUntil = printableUntil;
    }

    /** @return whether this was the copy's first print */
    boolean printed(Instant at) {
        if (printedAt != null) {
            return false;
        }
        printedAt = at;
        return true;
    }

    public Long getOrderId() {
        return orderId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public int getCopyNo() {
        return copyNo;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public String getNetprintNumber() {
        return netprintNumber;
    }

    public String getNetworkPrintNumber() {
        return networkPrintNumber;
    }

    public Instant getPrintableUntil() {
        return printableUntil;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }
}
