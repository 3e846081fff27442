package jp.shomei.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a good login: the language chosen on the login page becomes the account's (2.5), and the graduate goes
 * to the Password Setting screen, or back to the mail's link that asked for the login, or to the service.
 */
@Component
class LoginSuccess implements AuthenticationSuccessHandler {

    private final AccountService accounts;
    private final LocaleResolver localeResolver;
    private final ReturnAfterLogin returnAfterLogin;

    LoginSuccess(AccountService accounts, LocaleResolver localeResolver, ReturnAfterLogin returnAfterLogin) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
        this.returnAfterLogin = returnAfterLogin;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        GraduatePrincipal graduate = (GraduatePrincipal) authentication.getPrincipal();
        accounts.chooseLanguage(graduate.accountId(), localeResolver.resolveLocale(request).getLanguage());
        boolean setup = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.PASSWORD_SETUP));
        Optional<String> link = returnAfterLogin.take(request, response);
        if (setup) {
            response.sendRedirect(request.getContextPath() + "/password/setup");
        } else {
            response.sendRedirect(link.orElse(request.getContextPath() + "/home"));
        }
    }
}
