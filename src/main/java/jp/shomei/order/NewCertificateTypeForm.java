package jp.shomei.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;

/**
 * An administrator's new certificate type: what an edit may change, and the code and language, which stay once the
 * type exists (orders and issued certificates refer to them).
 */
public class NewCertificateTypeForm extends CertificateTypeForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{catalogue.code.pattern}")
    private String code;

    @NotNull
    @Pattern(regexp = "ja|en", message = "{typeMismatch}")
    private String language = "ja";

    /**
     * The defaults of a new type: Japanese and so printable at a store, 400 yen, at most 10 copies, for graduates,
     * offered, after the university's existing types.
     */
    static NewCertificateTypeForm withDefaults(int sortOrder) {
        NewCertificateTypeForm form = new NewCertificateTypeForm();
        form.setFeeYen(CertificateType.DEFAULT_FEE_YEN);
        form.setMaxCopies(CertificateType.DEFAULT_MAX_COPIES);
        form.setStorePrinting(true);
        form.setEnabled(true);
        form.setOrderableBy(EnumSet.of(StudentStatus.GRADUATED));
        form.setSortOrder(sortOrder);
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
