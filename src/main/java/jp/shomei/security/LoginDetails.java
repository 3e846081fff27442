package jp.shomei.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** What the login form sends besides address and password: the second password, and where it came from. */
public record LoginDetails(String secondPassword, String clientAddress) implements Serializable {

    public static LoginDetails of(HttpServletRequest request) {
        String second = request.getParameter("secondPassword");
        return new LoginDetails(second == null ? "" : second, request.getRemoteAddr());
    }

    @Override
    public String toString() {
        return "LoginDetails[clientAddress=" + clientAddress + "]";
    }
}
