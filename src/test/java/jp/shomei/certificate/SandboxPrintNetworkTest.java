package jp.shomei.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestTemplate;

/**
 * The sandbox print network of the default run: a reservation number per network, the PDF and a "printed" button at
 * /dev/print, and Shomei told of a print once, before the deadline only.
 */
@ShomeiTest
class SandboxPrintNetworkTest {

    private static final byte[] PDF = "%PDF-1.7 sandbox test".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    SandboxPrintNetwork network;

    @Autowired
    SandboxPrintJobRepository jobs;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldGiveAReservationNumberShapedAsEachNetworks() {
        Instant deadline = clock.instant().plus(Duration.ofDays(7));

        PrintReservation seven = network.register(StoreNetwork.NETPRINT, "transcript.pdf", PDF, deadline);
        PrintReservation family = network.register(StoreNetwork.NETWORK_PRINT, "transcript.pdf", PDF, deadline);

        assertThat(seven.network()).isEqualTo(StoreNetwork.NETPRINT);
        assertThat(seven.reservationNumber()).matches("[A-HJ-NP-Z2-9]{8}");
        assertThat(family.network()).isEqualTo(StoreNetwork.NETWORK_PRINT);
        assertThat(family.reservationNumber()).matches("[0-9]{10}");
        assertThat(List.of(seven.printableUntil(), family.printableUntil())).containsOnly(deadline);
    }

    @Test
    void shouldListReservationsWithTheirPdfAndMarkThemPrintedOnceAtTheDevPage() {
        PrintReservation reservation = network.register(StoreNetwork.NETPRINT, "卒業証明書.pdf", PDF,
                clock.instant().plus(Duration.ofDays(7)));
        long id = jobId(reservation);
        WebClient store = new WebClient("http://localhost:" + port);

        String page = store.page("/dev/print?lang=en");
        assertThat(page).contains(reservation.reservationNumber(), "netprint (7-Eleven)", "Waiting to be printed",
                "/dev/print/" + id + "/pdf", "/dev/print/" + id + "/printed");
        ResponseEntity<byte[]> pdf = new RestTemplate()
                .getForEntity("http://localhost:" + port + "/dev/print/" + id + "/pdf", byte[].class);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdf.getBody()).isEqualTo(PDF);

        String printed = store.follow(store.post("/dev/print/" + id + "/printed", Map.of()));
        assertThat(printed).contains("Printed; the service has been told.");
        String again = store.follow(store.post("/dev/print/" + id + "/printed", Map.of()));
        assertThat(again).contains("This reservation had already been printed; nothing changed.");
        assertThat(jobs.findById(id).orElseThrow().getPrintedAt()).isNotNull();
    }

    @Test
    void shouldTellShomeiOfAPrintOnceEvenIfPressedTwice() {
        List<PrintReservation> told = new ArrayList<>();
        SandboxPrintNetwork recording = new SandboxPrintNetwork(jobs, (reservation, at) -> told.add(reservation), clock);
        PrintReservation reservation = network.register(StoreNetwork.NETWORK_PRINT, "transcript.pdf", PDF,
                clock.instant().plus(Duration.ofDays(7)));
        long id = jobId(reservation);

        assertThat(print(recording, id)).isEqualTo(SandboxPrintNetwork.Outcome.PRINTED);
        assertThat(print(recording, id)).isEqualTo(SandboxPrintNetwork.Outcome.ALREADY_PRINTED);

        assertThat(told).containsExactly(reservation);
    }

    @Test
    void shouldPrintNothingAfterTheDeadline() {
        List<PrintReservation> told = new ArrayList<>();
        SandboxPrintNetwork recording = new SandboxPrintNetwork(jobs, (reservation, at) -> told.add(reservation), clock);
        PrintReservation reservation = network.register(StoreNetwork.NETPRINT, "transcript.pdf", PDF,
                clock.instant().minusSeconds(1));
        long id = jobId(reservation);

        assertThat(print(recording, id)).isEqualTo(SandboxPrintNetwork.Outcome.EXPIRED);
        assertThat(told).isEmpty();
        assertThat(new WebClient("http://localhost:" + port).page("/dev/print?lang=en"))
                .contains(reservation.reservationNumber(), "Print deadline passed")
                .doesNotContain("/dev/print/" + id + "/printed");
    }

    /** As the dev page's button does, in a transaction; the network built here reports to the test. */
    private SandboxPrintNetwork.Outcome print(SandboxPrintNetwork recording, long id) {
        return transactions.execute(status -> recording.print(id));
    }

    private long jobId(PrintReservation reservation) {
        return jobs.findAll().stream()
                .filter(job -> job.getNetwork() == reservation.network()
                        && job.getReservationNumber().equals(reservation.reservationNumber()))
                .findFirst().orElseThrow().getId();
    }
}
