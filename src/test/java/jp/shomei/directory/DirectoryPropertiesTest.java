package jp.shomei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import jakarta.validation.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** A university's directory needs little configuration, and what it is given is checked before anything starts. */
class DirectoryPropertiesTest {

    @Test
    void shouldNeedOnlyTheUrlAndTheBaseDn() {
        DirectoryProperties.Directory toto = bind(Map.of("universities.toto.url", "ldaps://ldap.toto.example.jp:636",
                "universities.toto.base-dn", "ou=students,o=toto")).universities().get("toto");
        assertThat(toto.userSearchFilter()).isEqualTo("(uid={0})");
        assertThat(toto.connectTimeout()).hasSeconds(3);
        assertThat(toto.readTimeout()).hasSeconds(3);
        assertThat(toto.bindsAsManager()).isFalse();
        assertThat(toto.attributes().ecsId()).isEqualTo("uid");
        assertThat(toto.attributes().enrolmentStatus()).isEqualTo("enrolmentStatus");
        assertThat(toto.statusValues()).isEmpty();
    }

    @Test
    void shouldTakeTheDirectorysOwnWordsForAStatus() {
        DirectoryProperties.Directory toto = bind(Map.of("universities.toto.url", "ldap://ldap.toto.example.jp",
                "universities.toto.base-dn", "ou=students,o=toto",
                "universities.toto.status-values.on-leave[0]", "休学中",
                "universities.toto.status-values.enrolled[0]", "在籍")).universities().get("toto");
        assertThat(toto.statusValues()).containsOnly(entry(EnrolmentStatus.ON_LEAVE, List.of("休学中")),
                entry(EnrolmentStatus.ENROLLED, List.of("在籍")));
    }

    @Test
    void shouldRefuseWhatCannotWork() {
        assertRefused(Map.of("universities.toto.url", "http://ldap.example.jp", "universities.toto.base-dn", "o=toto"),
                "url");
        assertRefused(Map.of("universities.toto.url", "ldap://ldap.example.jp", "universities.toto.base-dn", "o=toto",
                "universities.toto.manager-dn", "cn=shomei,o=toto"), "managerComplete");
        assertRefused(Map.of("universities.toto.url", "ldaps://ldap.example.jp", "universities.toto.base-dn", "o=toto",
                "universities.toto.start-tls", "true"), "startTlsUsable");
        assertRefused(Map.of("universities.toto.url", "ldap://ldap.example.jp", "universities.toto.base-dn", "o=toto",
                "universities.toto.user-search-filter", "(uid=alice)"), "userSearchFilter");
        assertRefused(Map.of("universities.toto.url", "ldap://ldap.example.jp", "universities.toto.base-dn", "o=toto",
                "universities.toto.read-timeout", "5m"), "readTimeout");
    }

    private static void assertRefused(Map<String, String> values, String field) {
        assertThatThrownBy(() -> bind(values)).isInstanceOf(BindException.class)
                .hasStackTraceContaining(field);
    }

    private static DirectoryProperties bind(Map<String, String> values) {
        Map<String, String> prefixed = new HashMap<>();
        values.forEach((key, value) -> prefixed.put("shomei.directory." + key, value));
        SpringValidatorAdapter validator = new SpringValidatorAdapter(
                Validation.buildDefaultValidatorFactory().getValidator());
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bindOrCreate("shomei.directory", Bindable.of(DirectoryProperties.class),
                        new ValidationBindHandler(validator));
    }
}
