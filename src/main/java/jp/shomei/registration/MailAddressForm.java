package jp.shomei.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.shomei.support.PlainText;

/** The mail address and its check field (manual 2.1 step 3). */
public class MailAddressForm {

    @NotBlank
    @Email
    @Size(max = 254)
    @PlainText
    private String email;

    private String emailConfirm;

    @AssertTrue(message = "{validation.emailConfirm}")
    public boolean isConfirmed() {
        return email == null || email.equalsIgnoreCase(emailConfirm == null ? "" : emailConfirm.trim());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailConfirm() {
        return emailConfirm;
    }

    public void setEmailConfirm(String emailConfirm) {
        this.emailConfirm = emailConfirm;
    }
}
