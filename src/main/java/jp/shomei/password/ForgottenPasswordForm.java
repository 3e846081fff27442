package jp.shomei.password;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.shomei.support.PlainText;

/** "If you have forgotten your password": the registered mail address. */
public class ForgottenPasswordForm {

    @NotBlank
    @Email
    @Size(max = 254)
    @PlainText
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
