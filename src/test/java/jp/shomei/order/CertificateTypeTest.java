package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
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
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 2005, false)).isTrue();
        assertThat(type.orderableFor(StudentStatus.WITHDRAWN, 2000, false)).isTrue();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 2010, false)).isTrue();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 1999, false)).isFalse();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, 2011, false)).isFalse();
        assertThat(type.orderableFor(StudentStatus.GRADUATED, null, false)).isFalse();
        assertThat(type.orderableFor(StudentStatus.EXPELLED, 2005, false)).isFalse();
        assertThat(type.orderableFor(StudentStatus.ENROLLED, 2005, false)).isFalse();
    }

    @Test
    void shouldOfferAFinalYearTypeToEnrolledStudentsFrom1AprilOfTheirFinalYearOnly() {
        CertificateType expected = new CertificateType(1L, "expected-graduation-ja", "卒業見込証明書",
                "Certificate of Expected Graduation", "ja", EnumSet.of(StudentStatus.ENROLLED), 1).finalYearOnly();
        assertThat(expected.orderableFor(StudentStatus.ENROLLED, 2023, true)).isTrue();
        assertThat(expected.orderableFor(StudentStatus.ENROLLED, 2023, false)).isFalse();

        YearMonth march2027 = YearMonth.of(2027, 3);
        assertThat(CertificateCatalogue.inFinalYear(march2027, LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(CertificateCatalogue.inFinalYear(march2027, LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(CertificateCatalogue.inFinalYear(march2027, LocalDate.of(2026, 11, 30))).isTrue();
        // Finishing in September: the final year is the academic year that began that April.
        assertThat(CertificateCatalogue.inFinalYear(YearMonth.of(2027, 9), LocalDate.of(2027, 3, 31))).isFalse();
        assertThat(CertificateCatalogue.inFinalYear(YearMonth.of(2027, 9), LocalDate.of(2027, 4, 1))).isTrue();
        assertThat(CertificateCatalogue.inFinalYear(null, LocalDate.of(2026, 4, 1))).isFalse();
    }
}
