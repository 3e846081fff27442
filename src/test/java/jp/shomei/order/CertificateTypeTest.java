package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Who may order a certificate type, and where it may be printed. */
class CertificateTypeTest {

    @Test
    void shouldDefaultTo400YenTenCopiesAndStorePrintingForJapaneseOnly() {
        CertificateType japanese = new CertificateType(1L, "t-ja", "成績証明書", "Transcript", "ja",
                EnumSet.of(StudentStatus.GRADUATED), 1);
        CertificateType english = new CertificateType(1L, "t-en", "成績証明書（英文）", "Transcript (English)", "en",
                EnumSet.of(StudentStatus.GRADUATED), 2);
        assertThat(japanese.getFeeYen()).isEqualTo(400);
        assertThat(japanese.getMaxCopies()).isEqualTo(10);
        assertThat(japanese.allows(Destination.STORE)).isTrue();
        assertThat(english.allows(Destination.STORE)).isFalse();
        assertThat(english.allows(Destination.POST)).isTrue();
    }

    @Test
    void shouldLetOnlyTheListedStatusesWithinTheEntryYearsOrder() {
        CertificateType type = new CertificateType(1L, "degree", "学位授与証明書", "Degree", "ja",
                EnumSet.of(StudentStatus.GRADUATED, StudentStatus.WITHDRAWN), 1).entryYears(2000, 2010);
        assertThat(type.orderableBy()).containsExactlyInAnyOrder(StudentStatus.GRADUATED, StudentStatus.WITHDRAWN);
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 2005)).isTrue();
        assertThat(type.orderableFor(StudentStatus.WITHDRAWN, 2000)).isTrue();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 2010)).isTrue();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 1999)).isFalse();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 2011)).isFalse();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, null)).isFalse();
        assertThat(type.orderableFor(StudentStatus.EXPELLED, 2005)).isFalse();
        assertThat(type.orderableFor(StudentStatus.ENROLLED, 2005)).isFalse();
    }
}
