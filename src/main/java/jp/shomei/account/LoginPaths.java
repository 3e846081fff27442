package jp.shomei.account;

import jp.shomei.university.SchoolCatalog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Where a signed-in account logs in again: the graduates' login, or a current student's university's. */
@Component
public class LoginPaths {

    private final AccountService accounts;
    private final SchoolCatalog schools;

    LoginPaths(AccountService accounts, SchoolCatalog schools) {
        this.accounts = accounts;
        this.schools = schools;
    }

    /** For the signed-in account, as the pages' session timeout sends it there. */
    public String current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public String of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof GraduatePrincipal principal) {
            return accounts.find(principal.accountId()).filter(Account::isStudent)
                    .flatMap(account -> schools.university(account.getUniversityId()))
                    .map(university -> "/students/" + university.getCode() + "/login").orElse("/");
        }
        return "/";
    }
}
