package jp.shomei.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.account.StudentRecord;
import jp.shomei.certificate.CertificateContent;
import jp.shomei.certificate.CertificateLanguage;
import jp.shomei.certificate.CertificatePrinted;
import jp.shomei.certificate.Certificates;
import jp.shomei.certificate.IssuedCertificate;
import jp.shomei.certificate.PrintNetwork;
import jp.shomei.certificate.PrintReservation;
import jp.shomei.certificate.StoreNetwork;
import jp.shomei.registration.LeavingType;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Store printing of a paid order: every copy issued as a certificate and registered with both store networks, and
 * the order marked printed at its first print. Each copy commits on its own with its record, so a retry after a
 * failure (the network down at the third copy) issues and registers only the copies not yet recorded.
 */
@Service
public class PrintOrders {

    private final CertificateOrderRepository orders;
    private final OrderPrintCopyRepository copies;
    private final AccountService accounts;
    private final SchoolCatalog schools;
    private final Certificates certificates;
    private final ObjectProvider<PrintNetwork> networks;
    private final RuntimeService runtimeService;
    private final TransactionTemplate perCopy;

    PrintOrders(CertificateOrderRepository orders, OrderPrintCopyRepository copies, AccountService accounts,
            SchoolCatalog schools, Certificates certificates, ObjectProvider<PrintNetwork> networks,
            RuntimeService runtimeService, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.copies = copies;
        this.accounts = accounts;
        this.schools = schools;
        this.certificates = certificates;
        this.networks = networks;
        this.runtimeService = runtimeService;
        this.perCopy = new TransactionTemplate(transactions);
        this.perCopy.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The last moment a store prints: 23:59:59.999 Japan time of the order's last print day. */
    public static Instant printableUntil(LocalDate printUntil) {
        return OrderDeadlines.printingEnds(printUntil).minusMillis(1);
    }

    /** Issues and registers every copy of the order not yet recorded. */
    public void issueAndRegister(Long orderId) {
        CertificateOrder order = orders.findById(orderId).orElseThrow();
        for (OrderLine line : order.getLines()) {
            for (int copy = 1; copy <= line.getCopies(); copy++) {
                int copyNo = copy;
                perCopy.executeWithoutResult(status -> {
                    if (!copies.existsByOrderIdAndLineNoAndCopyNo(orderId, line.getLineNo(), copyNo)) {
                        copies.save(issue(order, line, copyNo));
                    }
                });
            }
        }
    }

    @Transactional(readOnly = true)
    public List<OrderPrintCopy> copies(Long orderId) {
        return copies.findByOrderIdOrderByLineNoAscCopyNoAsc(orderId);
    }

    /**
     * A store printed one of the reservations: the copy is marked and, at the order's first print, its process
     * hears "printed". Each copy has a reservation at both networks and is printed at one of them, so waiting for
     * every reservation would wait forever; the first print is the moment the graduate has the certificates in hand.
     */
    @EventListener
    @Transactional
    public void printed(CertificatePrinted event) {
        PrintReservation reservation = event.reservation();
        Optional<OrderPrintCopy> found = reservation.network() == StoreNetwork.NETPRINT
                ? copies.findByNetprintNumber(reservation.reservationNumber())
                : copies.findByNetworkPrintNumber(reservation.reservationNumber());
        found.ifPresent(copy -> {
            copy.printed(event.printedAt());
            CertificateOrder order = orders.findById(copy.getOrderId()).orElseThrow();
            if (order.getStatus() == OrderStatus.PAID) {
                order.close(OrderStatus.PRINTED, event.printedAt());
                runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PRINTED)
                        .processInstanceBusinessKey(String.valueOf(order.getId()))
                        .correlateAll();
            }
        });
    }

    /** The print deadline passed with nothing printed. */
    @Transactional
    public void expire(Long orderId) {
        CertificateOrder order = orders.findById(orderId).orElseThrow();
        if (order.getStatus() == OrderStatus.PAID) {
            order.close(OrderStatus.PRINT_EXPIRED, OrderDeadlines.printingEnds(order.getPrintUntil()));
        }
    }

    private OrderPrintCopy issue(CertificateOrder order, OrderLine line, int copyNo) {
        // Without a configured network the step fails, and its retries end in an incident that administrators see.
        PrintNetwork network = networks.getIfAvailable(() -> {
            throw new IllegalStateException("No print network is configured for store printing");
        });
        IssuedCertificate issued = certificates.issue(order.getUniversityId(), content(order, line));
        Instant until = printableUntil(order.getPrintUntil());
        String fileName = order.getReference() + "-" + line.getLineNo() + "-" + copyNo + ".pdf";
        PrintReservation netprint = network.register(StoreNetwork.NETPRINT, fileName, issued.pdf(), until);
        PrintReservation networkPrint = network.register(StoreNetwork.NETWORK_PRINT, fileName, issued.pdf(), until);
        return new OrderPrintCopy(order.getId(), line.getLineNo(), copyNo, issued.id(),
                netprint.reservationNumber(), networkPrint.reservationNumber(), until);
    }

    private CertificateContent content(CertificateOrder order, OrderLine line) {
        Account account = accounts.find(order.getAccountId()).orElseThrow();
        StudentRecord record = accounts.studentRecords(order.getAccountId()).stream()
                .filter(r -> r.getId().equals(order.getStudentRecordId())).findFirst().orElseThrow();
        University university = schools.university(record.getUniversityId()).orElseThrow();
        CertificateLanguage language = "en".equals(line.getLanguage()) ? CertificateLanguage.EN : CertificateLanguage.JA;
        LeavingType leaving = record.getLeavingType() == null ? null : LeavingType.valueOf(record.getLeavingType());
        return new CertificateContent(university.getNameJa(), university.getNameEn(), line.getNameJa(),
                line.getNameEn(), language,
                orElse(record.getSchoolNameKanji(), account.getNameKanji()),
                orElse(record.getSchoolNameKana(), account.getNameKana()),
                orElse(record.getSchoolNameRoman(), ""), account.getBirthDate(), record.getStudentNumber(),
                record.getDepartmentId() == null ? null : name(schools.department(record.getDepartmentId()), language),
                record.getSubjectId() == null ? null : name(schools.subject(record.getSubjectId()), language),
                record.getDegreeProgramId() == null ? null
                        : name(schools.degreeProgram(record.getDegreeProgramId()), language),
                record.getMatriculation(), leaving == null ? null : record.getGraduation(), leaving);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String name(Optional<? extends LocalizedName> entry, CertificateLanguage language) {
        return entry.map(e -> e.name(language.locale())).orElse(null);
    }
}
