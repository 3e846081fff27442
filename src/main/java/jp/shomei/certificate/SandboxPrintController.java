package jp.shomei.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The store's side of the sandbox print network: each registered document, its PDF, and a "printed" button. */
@Controller
@ConditionalOnProperty(name = "shomei.print.sandbox.enabled", havingValue = "true")
class SandboxPrintController {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final SandboxPrintNetwork network;
    private final Clock clock;

    SandboxPrintController(SandboxPrintNetwork network, Clock clock) {
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/dev/print")
    String jobs(Model model) {
        Instant now = clock.instant();
        model.addAttribute("jobs", network.jobs().stream().map(job -> new JobView(job.getId(), job.getNetwork(),
                job.getReservationNumber(), job.getFileName(), japan(job.getRegisteredAt()),
                japan(job.getPrintableUntil()), japan(job.getPrintedAt()),
                !now.isBefore(job.getPrintableUntil()))).toList());
        return "dev/print";
    }

    @GetMapping("/dev/print/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return network.job(id)
                .map(job -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename(job.getFileName(), StandardCharsets.UTF_8).build().toString())
                        .body(network.pdf(id)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/dev/print/{id}/printed")
    String printed(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", network.print(id));
        redirect.addFlashAttribute("outcomeId", id);
        return "redirect:/dev/print";
    }

    private static ZonedDateTime japan(Instant instant) {
        return instant == null ? null : instant.atZone(JAPAN);
    }

    record JobView(long id, StoreNetwork network, String reservationNumber, String fileName, ZonedDateTime registeredAt,
            ZonedDateTime printableUntil, ZonedDateTime printedAt, boolean expired) {
    }
}
