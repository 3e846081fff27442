package jp.shomei.order;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.shomei.account.StudentRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a student ID may order from its university's catalogue, for a destination. */
@Service
@Transactional(readOnly = true)
public class CertificateCatalogue {

    private final CertificateTypeRepository types;
    private final Clock clock;

    CertificateCatalogue(CertificateTypeRepository types, Clock clock) {
        this.types = types;
        this.clock = clock;
    }

    /** An administrator's change of a type: new orders see it at once; placed orders keep their copies. */
    @Transactional
    public void change(Long typeId, CertificateTypeForm form) {
        types.findById(typeId).orElseThrow().change(form);
    }

    /**
     * An administrator's new type: orderable at once by the student IDs it allows. The caller has checked
     * {@link #clashes}; the database's unique code still refuses a type added twice at the same moment.
     */
    @Transactional
    public CertificateType add(Long universityId, NewCertificateTypeForm form) {
        return types.save(new CertificateType(universityId, form.getCode(), form.getLanguage(), form));
    }

    /** The sort order that puts a new type after the university's existing ones. */
    public int nextSortOrder(Long universityId) {
        return types.findByUniversityIdOrderBySortOrderAsc(universityId).stream()
                .mapToInt(CertificateType::getSortOrder).max().orElse(0) + 1;
    }

    /**
     * The fields ("code", "nameJa", "nameEn") whose value another type of the university already has, so that
     * graduates and staff never see two certificates they cannot tell apart. Names compare without regard to case,
     * full- or half-width letters and surrounding spaces; typeId is the type being edited (null for a new one) and
     * code null when it is not being set.
     */
    public List<String> clashes(Long universityId, Long typeId, String code, CertificateTypeForm form) {
        List<CertificateType> others = types.findByUniversityIdOrderBySortOrderAsc(universityId).stream()
                .filter(t -> !t.getId().equals(typeId))
                .toList();
        List<String> fields = new ArrayList<>();
        if (code != null && others.stream().anyMatch(t -> same(t.getCode(), code))) {
            fields.add("code");
        }
        if (others.stream().anyMatch(t -> same(t.getNameJa(), form.getNameJa()))) {
            fields.add("nameJa");
        }
        if (others.stream().anyMatch(t -> same(t.getNameEn(), form.getNameEn()))) {
            fields.add("nameEn");
        }
        return fields;
    }

    private static boolean same(String existing, String given) {
        return given != null && Objects.equals(comparable(existing), comparable(given));
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public List<CertificateType> orderable(StudentRecord record, Destination destination) {
        StudentStatus status = StudentStatus.of(record);
        Integer entryYear = record.getMatriculation() == null ? null : record.getMatriculation().getYear();
        boolean inFinalYear = status == StudentStatus.ENROLLED && inFinalYear(record.getGraduation(),
                LocalDate.now(clock.withZone(OrderDeadlines.JAPAN)));
        return types.findByUniversityIdOrderBySortOrderAsc(record.getUniversityId()).stream()
                .filter(t -> t.orderableFor(status, entryYear, inFinalYear) && t.allows(destination))
                .toList();
    }

    /**
     * Whether an enrolled student expected to graduate in that month is in the final year: from 1 April of the
     * academic year (April to March) in which they graduate.
     */
    static boolean inFinalYear(YearMonth expectedGraduation, LocalDate today) {
        if (expectedGraduation == null) {
            return false;
        }
        int startYear = expectedGraduation.getMonthValue() >= 4 ? expectedGraduation.getYear()
                : expectedGraduation.getYear() - 1;
        return !today.isBefore(LocalDate.of(startYear, 4, 1));
    }
}
