package jp.shomei.email;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.shomei.support.PlainText;

/** Mail address setting (2.4(b)): the new address, its check field, and the current password. */
public class EmailChangeForm {

    @NotBlank
    @Email
    @Size(max = 254)
    @PlainText
    private String email;

    private String emailConfirm;

    private String currentPassword;

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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
