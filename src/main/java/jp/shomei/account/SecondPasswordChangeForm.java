package jp.shomei.account;

/** Change second password (2.4(e)). */
public class SecondPasswordChangeForm {

    private String currentSecondPassword;
    private String newSecondPassword;
    private String newSecondPasswordConfirm;

    public String getCurrentSecondPassword() {
        return currentSecondPassword;
    }

    public void setCurrentSecondPassword(String currentSecondPassword) {
        this.currentSecondPassword = currentSecondPassword;
    }

    public String getNewSecondPassword() {
        return newSecondPassword;
    }

    public void setNewSecondPassword(String newSecondPassword) {
        this.newSecondPassword = newSecondPassword;
    }

    public String getNewSecondPasswordConfirm() {
        return newSecondPasswordConfirm;
    }

    public void setNewSecondPasswordConfirm(String newSecondPasswordConfirm) {
        this.newSecondPasswordConfirm = newSecondPasswordConfirm;
    }
}
