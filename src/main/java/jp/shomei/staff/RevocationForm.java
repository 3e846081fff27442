package jp.shomei.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.shomei.certificate.Certificates;
import jp.shomei.support.PlainText;

/** Why a member of staff revokes a certificate: required, kept with the revocation. */
public class RevocationForm {

    @NotBlank
    @Size(max = Certificates.REASON_MAX_LENGTH)
    @PlainText
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
