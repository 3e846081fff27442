package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Map;
import jp.shomei.account.AccountService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff mail a new initial password to their university's graduates; administrators lift login locks. */
@ShomeiTest
class StaffAccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    GreenMail greenMail;

    String email;
    Long accountId;

    @BeforeEach
    void setUp() {
        throttles.deleteAll();
        email = "staffcase-" + System.nanoTime() + "@example.jp";
        accountId = TestApplications.totoGraduate(accounts, universities, catalog, email, "林 誠", "ハヤシ マコト",
                "T05A0505").getId();
        accounts.issueInitialPassword(accountId);
    }

    @Test
    void shouldLetTheUniversitysStaffMailANewInitialPassword() {
        WebClient saikyo = new WebClient(base());
        saikyo.signInAsStaff("saikyo-staff", "Staff-Demo-2026");
        assertThat(saikyo.page("/staff/accounts")).doesNotContain(email);
        saikyo.page("/register");
        assertThat(saikyo.post("/staff/accounts/" + accountId + "/initial-password", Map.of())
                .getStatusCode().value()).isEqualTo(404);

        WebClient toto = new WebClient(base());
        toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(toto.page("/staff/accounts")).contains(email);
        toto.follow(toto.post("/staff/accounts/" + accountId + "/initial-password", Map.of()));

        String mail = new Mailbox(greenMail).awaitMail(email, 1);
        String password = Mailbox.find(mail, "(?m)^\\s*(?:初期パスワード|Initial password)\\s*[:：]\\s*(\\S+)\\s*$");
        WebClient graduate = new WebClient(base());
        graduate.page("/");
        assertThat(graduate.post("/login", Map.of("username", email, "password", password, "secondPassword", ""))
                .getHeaders().getLocation().getPath()).isEqualTo("/password/setup");
    }

    @Test
    void shouldLetAnAdministratorLiftALock() {
        accounts.setPasswords(accountId, "Nara-Deer-Park-2037", "Uji-Green-Tea-2038");
        WebClient attacker = new WebClient(base());
        attacker.page("/");
        for (int i = 0; i < 5; i++) {
            ClockUtil.offset(60_000L * (i + 1));
            attacker.post("/login", Map.of("username", email, "password", "Wrong-" + i, "secondPassword", "x"));
        }
        try {
            WebClient staff = new WebClient(base());
            staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
            assertThat(staff.page("/staff/accounts")).doesNotContain("/staff/accounts/locks/lift");

            WebClient admin = new WebClient(base());
            admin.signInAsStaff("admin", "Admin-Demo-2026");
            assertThat(admin.page("/staff/accounts")).contains("/staff/accounts/locks/lift", email);
            admin.follow(admin.post("/staff/accounts/locks/lift", Map.of("email", email)));

            WebClient graduate = new WebClient(base());
            graduate.page("/");
            assertThat(graduate.post("/login", Map.of("username", email, "password", "Nara-Deer-Park-2037",
                    "secondPassword", "Uji-Green-Tea-2038")).getHeaders().getLocation().getPath()).isEqualTo("/home");
        } finally {
            ClockUtil.reset();
            throttles.deleteAll();
        }
    }

    @Test
    void shouldSendAnyoneWithoutAStaffSessionToTheStaffSignIn() {
        assertThat(new WebClient(base()).get("/staff/accounts").getHeaders().getLocation().getPath())
                .isEqualTo("/staff/login");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
