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

/** An administrator's edit of a certificate type in the catalogue; the bounds keep a typing slip from going live. */
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
    @Min(value = 0, message = "{catalogue.feeYen.range}")
    @Max(value = 100_000, message = "{catalogue.feeYen.range}")
    private Integer feeYen;

    @NotNull
    @Min(value = 1, message = "{catalogue.maxCopies.range}")
    @Max(value = 99, message = "{catalogue.maxCopies.range}")
    private Integer maxCopies;

    private boolean storePrinting;

    private boolean finalYearOnly;

    private boolean enabled;

    @NotEmpty(message = "{catalogue.orderableBy.required}")
    private Set<StudentStatus> orderableBy = EnumSet.noneOf(StudentStatus.class);

    @Min(value = 1900, message = "{catalogue.entryYear.range}")
    @Max(value = 2100, message = "{catalogue.entryYear.range}")
    private Integer entryYearFrom;

    @Min(value = 1900, message = "{catalogue.entryYear.range}")
    @Max(value = 2100, message = "{catalogue.entryYear.range}")
    private Integer entryYearTo;

    @NotNull
    @Min(value = 0, message = "{catalogue.sortOrder.range}")
    @Max(value = 9_999, message = "{catalogue.sortOrder.range}")
    private Integer sortOrder;

    static CertificateTypeForm of(CertificateType type) {
        CertificateTypeForm form = new CertificateTypeForm();
        form.nameJa = type.getNameJa();
        form.nameEn = type.getNameEn();
        form.feeYen = type.getFeeYen();
        form.maxCopies = type.getMaxCopies();
        form.storePrinting = type.isStorePrinting();
        form.finalYearOnly = type.isFinalYearOnly();
        form.enabled = type.isEnabled();
        form.orderableBy = type.orderableBy();
        form.entryYearFrom = type.getEntryYearFrom();
        form.entryYearTo = type.getEntryYearTo();
        form.sortOrder = type.getSortOrder();
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

    public boolean isFinalYearOnly() {
        return finalYearOnly;
    }

    public void setFinalYearOnly(boolean finalYearOnly) {
        this.finalYearOnly = finalYearOnly;
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

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
