package jp.shomei.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shomei.university.LocalizedName;

/**
 * A certificate a university issues, as its catalogue offers it: language, fee, copies per order, whether a
 * convenience store may print it, and which student IDs may order it (status and entry year).
 */
@Entity
public class CertificateType implements LocalizedName {

    public static final int DEFAULT_FEE_YEN = 400;
    public static final int DEFAULT_MAX_COPIES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long universityId;
    private String code;
    private String nameJa;
    private String nameEn;
    private String language;
    private int feeYen;
    private int maxCopies;
    private boolean storePrinting;
    /** Offered to an enrolled student only from 1 April of their final year. */
    private boolean finalYearOnly;
    private String orderableBy;
    private Integer entryYearFrom;
    private Integer entryYearTo;
    private boolean enabled;
    private int sortOrder;

    protected CertificateType() {
    }

    /** A type with the defaults: 400 yen a copy, at most 10 copies, store printing only for Japanese versions. */
    public CertificateType(Long universityId, String code, String nameJa, String nameEn, String language,
            Set<StudentStatus> orderableBy, int sortOrder) {
        this.universityId = universityId;
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.language = language;
        this.feeYen = DEFAULT_FEE_YEN;
        this.maxCopies = DEFAULT_MAX_COPIES;
        this.storePrinting = "ja".equals(language);
        this.orderableBy = orderableBy.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.enabled = true;
        this.sortOrder = sortOrder;
    }

    /** An administrator's new type. */
    CertificateType(Long universityId, String code, String language, CertificateTypeForm form) {
        this.universityId = universityId;
        this.code = code;
        this.language = language;
        change(form);
    }

    public CertificateType fee(int yen) {
        this.feeYen = yen;
        return this;
    }

    public CertificateType entryYears(Integer from, Integer to) {
        this.entryYearFrom = from;
        this.entryYearTo = to;
        return this;
    }

    public CertificateType finalYearOnly() {
        this.finalYearOnly = true;
        return this;
    }

    /** An administrator's change; orders already placed keep their own copies of the names and the fee. */
    void change(CertificateTypeForm form) {
        this.finalYearOnly = form.isFinalYearOnly();
        this.nameJa = form.getNameJa().trim();
        this.nameEn = form.getNameEn().trim();
        this.feeYen = form.getFeeYen();
        this.maxCopies = form.getMaxCopies();
        this.storePrinting = form.isStorePrinting();
        this.orderableBy = form.getOrderableBy().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.entryYearFrom = form.getEntryYearFrom();
        this.entryYearTo = form.getEntryYearTo();
        this.enabled = form.isEnabled();
        this.sortOrder = form.getSortOrder();
    }

    /** Whether this student ID may order it at all, whatever the destination. */
    public boolean orderableFor(StudentStatus status, Integer entryYear, boolean inFinalYear) {
        return enabled && orderableBy().contains(status) && (!finalYearOnly || inFinalYear)
                && (entryYearFrom == null || (entryYear != null && entryYear >= entryYearFrom))
                && (entryYearTo == null || (entryYear != null && entryYear <= entryYearTo));
    }

    public boolean allows(Destination destination) {
        return destination == Destination.POST || storePrinting;
    }

    public Set<StudentStatus> orderableBy() {
        Set<StudentStatus> statuses = EnumSet.noneOf(StudentStatus.class);
        Arrays.stream(orderableBy.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(StudentStatus::valueOf).forEach(statuses::add);
        return statuses;
    }

    public Long getId() {
        return id;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String getNameJa() {
        return nameJa;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public String getLanguage() {
        return language;
    }

    public int getFeeYen() {
        return feeYen;
    }

    public int getMaxCopies() {
        return maxCopies;
    }

    public boolean isFinalYearOnly() {
        return finalYearOnly;
    }

    public boolean isStorePrinting() {
        return storePrinting;
    }

    public Integer getEntryYearFrom() {
        return entryYearFrom;
    }

    public Integer getEntryYearTo() {
        return entryYearTo;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
