package jp.shomei.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The universities' student directories, by university code ({@code shomei.directory.universities.toto.url}), and the
 * embedded directory of the default run. See docs/operations.md.
 *
 * @param healthCacheTime how long a directory's answer to the administrators' check is kept before asking again
 */
@Validated
@ConfigurationProperties("shomei.directory")
public record DirectoryProperties(
        @DefaultValue("30s") @NotNull Duration healthCacheTime,
        @DefaultValue @Valid Embedded embedded,
        Map<String, @Valid @NotNull Directory> universities) {

    public DirectoryProperties {
        universities = universities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(universities));
    }

    /** UnboundID's in-memory server with the demo students, on loopback only; never in production. */
    public record Embedded(@DefaultValue("false") boolean enabled, @DefaultValue("3389") @Min(0) @Max(65535) int port,
            @DefaultValue("directory/demo-students.ldif") @NotBlank String ldif) {
    }

    /**
     * One university's LDAP directory. A student is found with {@code userSearchFilter} under {@code baseDn} (the
     * ECS-ID is escaped into {@code {0}}), anonymously or bound as the manager, and then signs in by binding as that
     * entry with their own password.
     *
     * @param url {@code ldap://host:port} or {@code ldaps://host:port} (TLS from the first byte)
     * @param startTls upgrade an {@code ldap://} connection with StartTLS before binding; needs the manager's
     *     credentials, since Spring's anonymous reads skip StartTLS
     */
    public record Directory(
            @NotBlank
            @Pattern(regexp = "ldaps?://[^/\\s]+/?", message = "must be ldap://host:port or ldaps://host:port")
            String url,
            @NotBlank String baseDn,
            @DefaultValue("(uid={0})") @Pattern(regexp = "\\(.*\\{0}.*\\)", message = "must be a filter with {0}")
            String userSearchFilter,
            String managerDn,
            String managerPassword,
            @DefaultValue("false") boolean startTls,
            @DefaultValue("3s") @NotNull @DurationMin(millis = 100) @DurationMax(seconds = 30) Duration connectTimeout,
            @DefaultValue("3s") @NotNull @DurationMin(millis = 100) @DurationMax(seconds = 30) Duration readTimeout,
            @DefaultValue @Valid Attributes attributes,
            Map<EnrolmentStatus, List<String>> statusValues) {

        public Directory {
            statusValues = statusValues == null ? Map.of() : Map.copyOf(statusValues);
        }

        public boolean bindsAsManager() {
            return StringUtils.hasText(managerDn);
        }

        @AssertTrue(message = "manager-dn and manager-password go together (an empty password binds anonymously)")
        public boolean isManagerComplete() {
            return StringUtils.hasText(managerDn) == StringUtils.hasText(managerPassword);
        }

        @AssertTrue(message = "start-tls is for ldap:// URLs with manager-dn set (ldaps:// is TLS already)")
        public boolean isStartTlsUsable() {
            return !startTls || (url != null && url.startsWith("ldap://") && bindsAsManager());
        }
    }

    /**
     * The names of the entry's attributes. Dates are yyyyMMdd, yyyy-MM-dd or generalized time; months yyyyMM or
     * yyyy-MM. The enrolment status is an {@link EnrolmentStatus} name, a usual Japanese word (在学, 休学, 卒業, 修了,
     * 退学, 除籍) or a value listed under {@code status-values}; the entry is locked while {@code locked} is TRUE.
     */
    public record Attributes(
            @DefaultValue("uid") @NotBlank String ecsId,
            @DefaultValue("cn") @NotBlank String nameKanji,
            @DefaultValue("nameKana") @NotBlank String nameKana,
            @DefaultValue("nameRoman") @NotBlank String nameRoman,
            @DefaultValue("birthDate") @NotBlank String birthDate,
            @DefaultValue("studentNumber") @NotBlank String studentNumber,
            @DefaultValue("faculty") @NotBlank String faculty,
            @DefaultValue("department") @NotBlank String department,
            @DefaultValue("degreeProgram") @NotBlank String degreeProgram,
            @DefaultValue("entryMonth") @NotBlank String entryMonth,
            @DefaultValue("expectedGraduationMonth") @NotBlank String expectedGraduationMonth,
            @DefaultValue("enrolmentStatus") @NotBlank String enrolmentStatus,
            @DefaultValue("locked") @NotBlank String locked) {
    }
}
