package jp.shomei.password;

/** The Password Setting screen (2.1 step 17): password and second password, each with its confirmation. */
public class PasswordSetupForm {

    private String password;
    private String passwordConfirm;
    private String secondPassword;
    private String secondPasswordConfirm;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }

    public String getSecondPassword() {
        return secondPassword;
    }

    public void setSecondPassword(String secondPassword) {
        this.secondPassword = secondPassword;
    }

    public String getSecondPasswordConfirm() {
        return secondPasswordConfirm;
    }

    public void setSecondPasswordConfirm(String secondPasswordConfirm) {
        this.secondPasswordConfirm = secondPasswordConfirm;
    }
}
