package jp.shomei.support;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Adds current students to the tests' embedded directory (port 3989), each with an ECS-ID of its own, so that a
 * test's first sign-in is a first sign-in whatever ran before.
 */
public final class TestDirectory {

    public static final String PASSWORD = "Student-Test-2026";

    private static final AtomicInteger students = new AtomicInteger();

    private TestDirectory() {
    }

    /** A Toto student of 工学部 情報工学科, 学士課程, entered April 2023, due to graduate in {@code expected}. */
    public static String totoStudent(String nameKanji, String nameKana, String expected, String status) {
        String ecsId = "t" + System.nanoTime() % 1_000_000 + "x" + students.incrementAndGet();
        add("dn: uid=" + ecsId + ",ou=students,o=toto",
                "objectClass: top",
                "objectClass: inetOrgPerson",
                "uid: " + ecsId,
                "cn: " + nameKanji,
                "sn: " + nameKanji.split(" ")[0],
                "nameKana: " + nameKana,
                "nameRoman: Test Student",
                "birthDate: 20040401",
                "studentNumber: " + ecsId.toUpperCase(),
                "faculty: 工学部",
                "department: 情報工学科",
                "degreeProgram: 学士課程",
                "entryMonth: 202304",
                "expectedGraduationMonth: " + expected,
                "enrolmentStatus: " + status,
                "userPassword: " + PASSWORD);
        return ecsId;
    }

    private static void add(String... ldif) {
        try (LDAPConnection connection = new LDAPConnection("127.0.0.1", 3989)) {
            connection.add(ldif);
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("Could not add a student to the embedded directory", e);
        }
    }
}
