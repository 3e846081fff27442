package jp.shomei.directory;

import static jp.shomei.directory.LdapStudentDirectoryTest.closedPort;
import static jp.shomei.directory.LdapStudentDirectoryTest.properties;
import static jp.shomei.directory.LdapStudentDirectoryTest.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production's start: every configured directory must answer, and the embedded one must be off. */
class DirectoryStartCheckTest {

    @Test
    void shouldRefuseAnUnreachableDirectoryNamingTheUniversityTheUrlAndTheProblem() throws Exception {
        String unreachable = url(closedPort());
        DirectoryStartCheck check = check(Map.of("universities.saikyo.url", unreachable,
                "universities.saikyo.base-dn", "ou=students,o=saikyo"));
        assertThatThrownBy(check::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Refusing to run in production")
                .hasMessageContaining("the student directory of saikyo (" + unreachable + ") does not answer")
                .hasMessageContaining("Connection refused");
    }

    @Test
    void shouldRefuseAMisconfiguredBaseDnAndTheEmbeddedDirectory() throws Exception {
        InMemoryDirectoryServer server = EmbeddedDirectory.start(0, "directory/demo-students.ldif");
        try {
            DirectoryStartCheck check = check(Map.of("embedded.enabled", "true",
                    "universities.toto.url", url(server.getListenPort()),
                    "universities.toto.base-dn", "ou=students,o=totto"));
            assertThat(check.problems()).hasSize(2).satisfiesExactly(
                    embedded -> assertThat(embedded).startsWith("shomei.directory.embedded.enabled"),
                    toto -> assertThat(toto).contains("the student directory of toto", "error code 32"));
        } finally {
            server.close();
        }
    }

    @Test
    void shouldStartWhenEveryDirectoryAnswers() throws Exception {
        InMemoryDirectoryServer server = EmbeddedDirectory.start(0, "directory/demo-students.ldif");
        try {
            String url = url(server.getListenPort());
            check(Map.of("universities.toto.url", url, "universities.toto.base-dn", "ou=students,o=toto",
                    "universities.saikyo.url", url, "universities.saikyo.base-dn", "ou=students,o=saikyo"))
                    .afterSingletonsInstantiated();
        } finally {
            server.close();
        }
    }

    private static DirectoryStartCheck check(Map<String, String> values) {
        DirectoryProperties properties = properties(values);
        return new DirectoryStartCheck(new LdapStudentDirectory(properties), properties);
    }
}
