package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationRepository;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** The identity-document images of the review form: only the staff of the applicant's university read them. */
@ShomeiTest
class StaffDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationRepository registrations;

    @Test
    void shouldShowTheDocumentOnlyToTheStaffOfTheApplicantsUniversity() {
        Registration demo = registrations.findAll().stream()
                .filter(r -> r.getEmail().equals("sato.hanako@example.jp")).findFirst().orElseThrow();
        String front = "/staff/registrations/" + demo.getId() + "/documents/front";

        WebClient toto = new WebClient(base());
        toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
        ResponseEntity<String> image = toto.get(front);
        assertThat(image.getStatusCode().value()).isEqualTo(200);
        assertThat(image.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(image.getHeaders().getCacheControl()).contains("no-store");

        WebClient saikyo = new WebClient(base());
        saikyo.signInAsStaff("saikyo-staff", "Staff-Demo-2026");
        assertThat(saikyo.get(front).getStatusCode().value()).isEqualTo(404);

        assertThat(new WebClient(base()).get(front).getHeaders().getLocation().getPath()).isEqualTo("/staff/login");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
