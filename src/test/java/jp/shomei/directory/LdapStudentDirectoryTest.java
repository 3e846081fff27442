package jp.shomei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;

/**
 * Both demo universities' directories, as the default run has them (the embedded server with the demo LDIF), on a
 * free port of their own: sign-in, wrong password and unknown ECS-ID alike, locked, filter injection, one university's
 * student at the other's directory, and directories that do not answer.
 */
class LdapStudentDirectoryTest {

    private static final String PASSWORD = "Student-Demo-2026";

    private static InMemoryDirectoryServer server;
    private static LdapStudentDirectory directory;

    @BeforeAll
    static void startDirectory() throws Exception {
        server = EmbeddedDirectory.start(0, "directory/demo-students.ldif");
        directory = new LdapStudentDirectory(properties(Map.of(
                "universities.toto.url", url(server.getListenPort()),
                "universities.toto.base-dn", "ou=students,o=toto",
                "universities.saikyo.url", url(server.getListenPort()),
                "universities.saikyo.base-dn", "ou=students,o=saikyo")));
    }

    @AfterAll
    static void stopDirectory() {
        server.close();
    }

    @Test
    void shouldSignInAFinalYearTotoStudentWithEveryAttributeRead() {
        DirectoryStudent student = directory.authenticate("toto", "t23e0001", PASSWORD);
        assertThat(student).isEqualTo(new DirectoryStudent("toto", "t23e0001", "中村 健太", "ナカムラ ケンタ",
                "Nakamura Kenta", LocalDate.of(2004, 6, 12), "T23E0001", "工学部", "情報工学科", "学士課程",
                YearMonth.of(2023, 4), YearMonth.of(2027, 3), EnrolmentStatus.ENROLLED));
    }

    @Test
    void shouldReadIsoDatesAndTheGraduatedStatus() {
        DirectoryStudent secondYear = directory.authenticate("toto", "t25e0042", PASSWORD);
        assertThat(secondYear.birthDate()).isEqualTo(LocalDate.of(2006, 9, 3));
        assertThat(secondYear.entered()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(secondYear.expectedGraduation()).isEqualTo(YearMonth.of(2029, 3));

        DirectoryStudent graduated = directory.authenticate("toto", "t21l0007", PASSWORD);
        assertThat(graduated.status()).isEqualTo(EnrolmentStatus.GRADUATED);
        assertThat(graduated.faculty()).isEqualTo("文学部");
    }

    @Test
    void shouldSignInASaikyoStudentWithEveryAttributeRead() {
        DirectoryStudent student = directory.authenticate("saikyo", "s24k0123", PASSWORD);
        assertThat(student).isEqualTo(new DirectoryStudent("saikyo", "s24k0123", "渡辺 大輝", "ワタナベ ダイキ",
                "Watanabe Daiki", LocalDate.of(2005, 4, 28), "S24K0123", "経済学部", "経済学科", "学部",
                YearMonth.of(2024, 4), YearMonth.of(2028, 3), EnrolmentStatus.ENROLLED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"toto:t23e0001", "saikyo:s24k0123"})
    void shouldAnswerAWrongPasswordAndAnUnknownIdAlike(String student) {
        String university = student.split(":")[0];
        String ecsId = student.split(":")[1];
        assertThatThrownBy(() -> directory.authenticate(university, ecsId, "Wrong-Password-2026"))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(LdapStudentDirectory.BAD_CREDENTIALS);
        assertThatThrownBy(() -> directory.authenticate(university, "x99z9999", PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(LdapStudentDirectory.BAD_CREDENTIALS);
    }

    @Test
    void shouldRefuseALockedEntryOnlyWithItsRightPassword() {
        assertThatThrownBy(() -> directory.authenticate("toto", "t24l0015", PASSWORD))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> directory.authenticate("toto", "t24l0015", "Wrong-Password-2026"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void shouldRefuseOneUniversitysStudentAtTheOthersDirectory() {
        assertThatThrownBy(() -> directory.authenticate("saikyo", "t23e0001", PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(LdapStudentDirectory.BAD_CREDENTIALS);
        assertThatThrownBy(() -> directory.authenticate("toto", "s24k0123", PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    /** Every demo student has the same password, so a filter that matched another entry would sign in. */
    @ParameterizedTest
    @ValueSource(strings = {"*", "t23e000*", "t23e0001)(uid=*", "*)(|(uid=*", "t23e0001)(|(objectClass=*)",
            "\\2a", "t23e0001\\"})
    void shouldEscapeTheEcsIdIntoTheSearchFilter(String ecsId) {
        assertThatThrownBy(() -> directory.authenticate("toto", ecsId, PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(LdapStudentDirectory.BAD_CREDENTIALS);
    }

    @Test
    void shouldRefuseBlankOverlongAndControlInputBeforeAskingTheDirectory() throws IOException {
        LdapStudentDirectory closed = new LdapStudentDirectory(properties(Map.of(
                "universities.toto.url", url(closedPort()), "universities.toto.base-dn", "ou=students,o=toto")));
        for (String[] input : List.of(new String[] {"", PASSWORD}, new String[] {"   ", PASSWORD},
                new String[] {null, PASSWORD}, new String[] {"t23e0001", ""}, new String[] {"t23e0001", null},
                new String[] {"t".repeat(65), PASSWORD}, new String[] {"t23e0001", "p".repeat(257)},
                new String[] {"t23e0001\u0000", PASSWORD})) {
            assertThatThrownBy(() -> closed.authenticate("toto", input[0], input[1]))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> closed.authenticate("toto", "t23e0001", PASSWORD))
                .isInstanceOf(DirectoryUnavailableException.class);
    }

    @Test
    void shouldSayTheSignInIsUnavailableForAUniversityWithoutADirectory() {
        assertThat(directory.serves("toto")).isTrue();
        assertThat(directory.serves("nowhere")).isFalse();
        assertThatThrownBy(() -> directory.authenticate("nowhere", "t23e0001", PASSWORD))
                .isInstanceOfSatisfying(DirectoryUnavailableException.class,
                        e -> assertThat(e.getUniversityCode()).isEqualTo("nowhere"));
    }

    @Test
    void shouldSayTheSignInIsUnavailableWhenTheDirectoryStops() throws Exception {
        int port = closedPort();
        InMemoryDirectoryServer second = EmbeddedDirectory.start(port, "directory/demo-students.ldif");
        LdapStudentDirectory both = new LdapStudentDirectory(properties(Map.of("health-cache-time", "1h",
                "universities.toto.url", url(port), "universities.toto.base-dn", "ou=students,o=toto",
                "universities.saikyo.url", url(port), "universities.saikyo.base-dn", "ou=students,o=saikyo")));
        try {
            assertThat(both.authenticate("toto", "t23e0001", PASSWORD).studentNumber()).isEqualTo("T23E0001");
            assertThat(both.health()).allMatch(DirectoryHealth::up);
        } finally {
            second.shutDown(true);
        }
        for (String university : List.of("toto", "saikyo")) {
            assertThatThrownBy(() -> both.authenticate(university, "t23e0001", PASSWORD))
                    .isInstanceOfSatisfying(DirectoryUnavailableException.class,
                            e -> assertThat(e.getUniversityCode()).isEqualTo(university))
                    .hasMessageContaining(university);
        }
        // The failed sign-ins told the administrators' page already, within the hour it keeps an answer.
        assertThat(both.health()).extracting(DirectoryHealth::universityCode, DirectoryHealth::up,
                DirectoryHealth::url).containsExactlyInAnyOrder(
                        tuple("toto", false, url(port)), tuple("saikyo", false, url(port)));
        assertThat(both.health()).allSatisfy(h -> assertThat(h.problem()).contains("Connection refused"));
    }

    @Test
    void shouldGiveUpOnADirectoryThatAcceptsButNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            LdapStudentDirectory slow = new LdapStudentDirectory(properties(Map.of(
                    "universities.toto.url", url(silent.getLocalPort()),
                    "universities.toto.base-dn", "ou=students,o=toto", "universities.toto.read-timeout", "300ms")));
            long start = System.nanoTime();
            assertThatThrownBy(() -> slow.authenticate("toto", "t23e0001", PASSWORD))
                    .isInstanceOf(DirectoryUnavailableException.class);
            assertThat(slow.health()).singleElement().satisfies(h -> {
                assertThat(h.up()).isFalse();
                assertThat(h.problem()).contains("timed out");
            });
            assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        }
    }

    @Test
    void shouldKeepAHealthAnswerForTheCacheTimeOnly() throws Exception {
        int port = closedPort();
        InMemoryDirectoryServer second = EmbeddedDirectory.start(port, "directory/demo-students.ldif");
        Map<String, String> universities = Map.of("universities.toto.url", url(port),
                "universities.toto.base-dn", "ou=students,o=toto");
        LdapStudentDirectory cached = new LdapStudentDirectory(
                properties(with(universities, "health-cache-time", "1h")));
        LdapStudentDirectory uncached = new LdapStudentDirectory(
                properties(with(universities, "health-cache-time", "0s")));
        DirectoryHealth up;
        try {
            up = cached.health().get(0);
            assertThat(up.up()).isTrue();
            assertThat(up.problem()).isNull();
            assertThat(uncached.health().get(0).up()).isTrue();
        } finally {
            second.shutDown(true);
        }
        assertThat(cached.health()).containsExactly(up);
        assertThat(uncached.health().get(0).up()).isFalse();
        assertThat(cached.checkNow().get(0).up()).isFalse();
    }

    @Test
    void shouldReadTheDirectoryThroughTheManagerWhenOneIsConfigured() throws Exception {
        int port = closedPort();
        InMemoryDirectoryServer guarded = EmbeddedDirectory.start(port, "directory/demo-students.ldif");
        try {
            Map<String, String> toto = Map.of("universities.toto.url", url(port),
                    "universities.toto.base-dn", "ou=students,o=toto",
                    "universities.toto.manager-dn", "uid=t25e0042,ou=students,o=toto");
            LdapStudentDirectory manager = new LdapStudentDirectory(properties(
                    with(toto, "universities.toto.manager-password", PASSWORD)));
            assertThat(manager.authenticate("toto", "t23e0001", PASSWORD).ecsId()).isEqualTo("t23e0001");
            assertThat(manager.checkNow().get(0).up()).isTrue();

            LdapStudentDirectory wrongManager = new LdapStudentDirectory(properties(
                    with(toto, "universities.toto.manager-password", "Not-The-Password-1")));
            assertThat(wrongManager.checkNow().get(0).problem()).contains("49");
        } finally {
            guarded.close();
        }
    }

    static DirectoryProperties properties(Map<String, String> values) {
        Map<String, String> prefixed = new HashMap<>();
        values.forEach((key, value) -> prefixed.put("shomei.directory." + key, value));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bindOrCreate("shomei.directory", DirectoryProperties.class);
    }

    static String url(int port) {
        return "ldap://127.0.0.1:" + port;
    }

    /** A port nothing listens on (the moment it is asked). */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> more = new HashMap<>(values);
        more.put(key, value);
        return more;
    }
}
