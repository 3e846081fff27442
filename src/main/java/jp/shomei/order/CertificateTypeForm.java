package jp.shomei.order;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import jp.shomei.support.PlainText;

/** An administrator's edit of a certificate type in the catalogue. */
public class CertificateTypeForm {

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String nameJa;

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String nameEn;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer feeYen;

    @NotNull
    @Min(1)
    @Max(99)
    private Integer maxCopies;

    private boolean storePrinting;

    private boolean enabled;

    @NotEmpty
    private Set<StudentStatus> orderableBy = EnumSet.noneOf(StudentStatus.class);

    @Min(1900)
    @Max(2100)
    private Integer entryYearFrom;

    @Min(1900)
    @Max(2100)
    private Integer entryYearTo;

    static CertificateTypeForm of(CertificateType type) {
        CertificateTypeForm form = new CertificateTypeForm();
        form.nameJa = type.getNameJa();
        form.nameEn = type.getNameEn();
        form.feeYen = type.getFeeYen();
        form.maxCopies = type.getMaxCopies();
        form.storePrinting = type.isStorePrinting();
        form.enabled = type.isEnabled();
        form.orderableBy = type.orderableBy();
        form.entryYearFrom = type.getEntryYearFrom();
        form.entryYearTo = type.getEntryYearTo();
        return form;
    }

    @AssertTrue(message = "{catalogue.entryYears.order}")
    public boolean isEntryYearsInOrder() {
        return entryYearFrom == null || entryYearTo == null || entryYearFrom <= entryYearTo;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getFeeYen() {
        return feeYen;
    }

    public void setFeeYen(Integer feeYen) {
        this.feeYen = feeYen;
    }

    public Integer getMaxCopies() {
        return maxCopies;
    }

    public void setMaxCopies(Integer maxCopies) {
        this.maxCopies = maxCopies;
    }

    public boolean isStorePrinting() {
        return storePrinting;
    }

    public void setStorePrinting(boolean storePrinting) {
        this.storePrinting = storePrinting;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<StudentStatus> getOrderableBy() {
        return orderableBy;
    }

    public void setOrderableBy(Set<StudentStatus> orderableBy) {
        this.orderableBy = orderableBy;
    }

    public Integer getEntryYearFrom() {
        return entryYearFrom;
    }

    public void setEntryYearFrom(Integer entryYearFrom) {
        this.entryYearFrom = entryYearFrom;
    }

    public Integer getEntryYearTo() {
        return entryYearTo;
    }

    public void setEntryYearTo(Integer entryYearTo) {
        this.entryYearTo = entryYearTo;
    }
}
