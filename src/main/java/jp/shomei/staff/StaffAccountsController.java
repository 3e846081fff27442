package jp.shomei.staff;

import java.time.Clock;
import java.util.Optional;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.registration.RegistrationService;
import jp.shomei.security.LoginThrottles;
import jp.shomei.university.SchoolCatalog;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For staff signed in to the Camunda webapps: graduates still on their initial password (the registration
 * process mails a new one on request) and, for administrators, the accounts locked after failed logins (a lock can be lifted).
 */
@Controller
class StaffAccountsController {

    private final StaffSessions staffSessions;
    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final LoginThrottles throttles;
    private final RegistrationService registrations;
    private final IdentityService identityService;
    private final Clock clock;

    StaffAccountsController(StaffSessions staffSessions, AccountService accounts, SchoolCatalog catalog,
            LoginThrottles throttles, RegistrationService registrations, IdentityService identityService,
            Clock clock) {
        this.staffSessions = staffSessions;
        this.accounts = accounts;
        this.catalog = catalog;
        this.throttles = throttles;
        this.registrations = registrations;
        this.identityService = identityService;
        this.clock = clock;
    }

    @GetMapping("/staff/accounts")
    String accounts(Model model) {
        StaffMember staff = staff();
        model.addAttribute("staff", staff);
        model.addAttribute("awaiting", accounts.awaitingPasswordSetting(universityId -> sees(staff, universityId)));
        model.addAttribute("now", clock.instant());
        if (staff.isAdministrator()) {
            model.addAttribute("locks", throttles.activeLocks());
        }
        return "staff/accounts";
    }

    @PostMapping("/staff/accounts/{accountId}/initial-password")
    String issueInitialPassword(@PathVariable Long accountId, RedirectAttributes redirect) {
        StaffMember staff = staff();
        Account account = accounts.awaitingPasswordSetting(universityId -> sees(staff, universityId)).stream()
                .filter(a -> a.getId().equals(accountId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean requested = registrations.requestInitialPasswordReissue(accountId);
        redirect.addFlashAttribute(requested ? "reissueRequested" : "reissueUnderWay", account.getEmail());
        return "redirect:/staff/accounts";
    }

    @PostMapping("/staff/accounts/locks/lift")
    String liftLock(@RequestParam String email, RedirectAttributes redirect) {
        if (!staff().isAdministrator()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        throttles.lift(email);
        // A lock the engine set before Shomei took over checking staff passwords.
        if (identityService.createUserQuery().userId(email).count() > 0) {
            identityService.unlockUser(email);
        }
        redirect.addFlashAttribute("lifted", email);
        return "redirect:/staff/accounts";
    }

    private StaffMember staff() {
        Optional<StaffMember> staff = staffSessions.current();
        return staff.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private boolean sees(StaffMember staff, Long universityId) {
        return catalog.university(universityId).map(u -> staff.reviewsFor(u.getStaffGroup())).orElse(false);
    }
}
