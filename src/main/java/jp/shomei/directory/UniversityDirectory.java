package jp.shomei.directory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import jp.shomei.directory.DirectoryProperties.Attributes;
import jp.shomei.directory.DirectoryProperties.Directory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.support.DefaultTlsDirContextAuthenticationStrategy;
import org.springframework.ldap.support.LdapUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.util.StringUtils;

/**
 * One university's directory: Spring Security's bind authentication (search the entry, bind as it with the student's
 * password) and the reading of the entry. Exceptions are Spring's; {@link LdapStudentDirectory} sorts them.
 */
final class UniversityDirectory {

    /** Usual Japanese words for the enrolment status; a university adds its own with {@code status-values}. */
    private static final Map<String, EnrolmentStatus> JAPANESE_STATUSES = Map.of(
            "在学", EnrolmentStatus.ENROLLED, "休学", EnrolmentStatus.ON_LEAVE, "卒業", EnrolmentStatus.GRADUATED,
            "修了", EnrolmentStatus.GRADUATED, "退学", EnrolmentStatus.WITHDRAWN, "除籍", EnrolmentStatus.EXPELLED);

    /** yyyyMMdd, yyyy-MM-dd, or generalized time (yyyyMMddHHmmss with fraction and zone). */
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})(?:\\d{4,6}(?:[.,]\\d+)?(?:Z|[+-]\\d{2,4})?)?");

    /** yyyyMM or yyyy-MM, or a date whose day is left aside. */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-?(\\d{2})(?:-?\\d{2})?");

    private final String code;
    private final Directory config;
    private final DefaultSpringSecurityContextSource contextSource;
    private final BindAuthenticator authenticator;
    private final Map<String, EnrolmentStatus> statuses = new HashMap<>();

    UniversityDirectory(String code, Directory config) {
        this.code = code;
        this.config = config;
        contextSource = new DefaultSpringSecurityContextSource(List.of(config.url()), config.baseDn());
        if (config.bindsAsManager()) {
            contextSource.setUserDn(config.managerDn());
            contextSource.setPassword(config.managerPassword());
        } else {
            contextSource.setAnonymousReadOnly(true);
        }
        // A sign-in is two short connections; JNDI's pool would keep broken ones after an outage.
        contextSource.setPooled(false);
        contextSource.setBaseEnvironmentProperties(Map.of(
                "com.sun.jndi.ldap.connect.timeout", Long.toString(config.connectTimeout().toMillis()),
                "com.sun.jndi.ldap.read.timeout", Long.toString(config.readTimeout().toMillis())));
        if (config.startTls()) {
            contextSource.setAuthenticationStrategy(new DefaultTlsDirContextAuthenticationStrategy());
        }
        contextSource.afterPropertiesSet();

        FilterBasedLdapUserSearch search = new FilterBasedLdapUserSearch("", config.userSearchFilter(), contextSource);
        search.setSearchTimeLimit((int) config.readTimeout().toMillis());
        authenticator = new BindAuthenticator(contextSource);
        authenticator.setUserSearch(search);

        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            statuses.put(status.name(), status);
        }
        statuses.putAll(JAPANESE_STATUSES);
        config.statusValues().forEach((status, values) -> values.forEach(v -> statuses.put(normalized(v), status)));
    }

    String code() {
        return code;
    }

    String url() {
        return config.url();
    }

    /**
     * Binds as the student's entry; throws Spring's exceptions: BadCredentials or UsernameNotFound for a wrong
     * password or an unknown ECS-ID, an LDAP NamingException when the directory does not answer.
     */
    DirContextOperations bind(String ecsId, String password) {
        return authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(ecsId, password));
    }

    boolean locked(DirContextOperations entry) {
        return "TRUE".equalsIgnoreCase(entry.getStringAttribute(config.attributes().locked()));
    }

    /** The student as the entry has them; an entry Shomei cannot read is a fault of the directory. */
    DirectoryStudent student(DirContextOperations entry) {
        Attributes names = config.attributes();
        return new DirectoryStudent(code,
                required(entry, names.ecsId()),
                required(entry, names.nameKanji()),
                entry.getStringAttribute(names.nameKana()),
                entry.getStringAttribute(names.nameRoman()),
                date(entry, names.birthDate()),
                required(entry, names.studentNumber()),
                entry.getStringAttribute(names.faculty()),
                entry.getStringAttribute(names.department()),
                entry.getStringAttribute(names.degreeProgram()),
                month(entry, names.entryMonth()),
                month(entry, names.expectedGraduationMonth()),
                status(entry, names.enrolmentStatus()));
    }

    /** Binds as the manager (or anonymously) and reads the base entry, as a sign-in's search would. */
    void check() throws NamingException {
        DirContext context = contextSource.getReadOnlyContext();
        try {
            context.getAttributes("", new String[] {"objectClass"});
        } finally {
            LdapUtils.closeContext(context);
        }
    }

    private String required(DirContextOperations entry, String attribute) {
        String value = entry.getStringAttribute(attribute);
        if (!StringUtils.hasText(value)) {
            throw new UnreadableEntryException(entry.getDn() + " has no " + attribute);
        }
        return value.strip();
    }

    private EnrolmentStatus status(DirContextOperations entry, String attribute) {
        String value = required(entry, attribute);
        EnrolmentStatus status = statuses.get(normalized(value));
        if (status == null) {
            throw new UnreadableEntryException(entry.getDn() + " has an unknown " + attribute + " '" + value
                    + "' (list it under status-values)");
        }
        return status;
    }

    private static LocalDate date(DirContextOperations entry, String attribute) {
        Matcher date = matched(entry, attribute, DATE);
        try {
            return date == null ? null : LocalDate.of(Integer.parseInt(date.group(1)),
                    Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            throw unreadable(entry, attribute);
        }
    }

    private static YearMonth month(DirContextOperations entry, String attribute) {
        Matcher month = matched(entry, attribute, MONTH);
        try {
            return month == null ? null
                    : YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        } catch (DateTimeException e) {
            throw unreadable(entry, attribute);
        }
    }

    /** Null when the entry has no value; a value of another shape is the directory's fault. */
    private static Matcher matched(DirContextOperations entry, String attribute, Pattern pattern) {
        String value = entry.getStringAttribute(attribute);
        if (!StringUtils.hasText(value)) {
            return null;
        }
        Matcher matcher = pattern.matcher(value.strip());
        if (!matcher.matches()) {
            throw unreadable(entry, attribute);
        }
        return matcher;
    }

    private static UnreadableEntryException unreadable(DirContextOperations entry, String attribute) {
        return new UnreadableEntryException(entry.getDn() + " has an unreadable " + attribute);
    }

    private static String normalized(String status) {
        return status.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The entry lacks an attribute Shomei needs, or holds a value it cannot read. */
    static final class UnreadableEntryException extends RuntimeException {
        UnreadableEntryException(String message) {
            super(message);
        }
    }
}
