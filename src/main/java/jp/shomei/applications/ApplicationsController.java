package jp.shomei.applications;

import java.util.Comparator;
import java.util.List;
import jp.shomei.account.GraduatePrincipal;
import jp.shomei.account.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Application list and Current application: every application of the account as a timeline. */
@Controller
class ApplicationsController {

    private final List<ApplicationTimelines> timelines;
    private final SignedIn signedIn;

    ApplicationsController(List<ApplicationTimelines> timelines, SignedIn signedIn) {
        this.timelines = timelines;
        this.signedIn = signedIn;
    }

    @GetMapping("/account/applications")
    String list(Model model) {
        model.addAttribute("current", false);
        model.addAttribute("applications", applications(false));
        return "account/applications";
    }

    @GetMapping("/account/applications/current")
    String current(Model model) {
        model.addAttribute("current", true);
        model.addAttribute("applications", applications(true));
        return "account/applications";
    }

    private List<ApplicationView> applications(boolean openOnly) {
        GraduatePrincipal graduate = signedIn.graduate();
        return timelines.stream()
                .flatMap(t -> t.applicationsOf(graduate.accountId(), graduate.email()).stream())
                .filter(a -> !openOnly || a.open())
                .sorted(Comparator.comparing(ApplicationView::startedAt).reversed())
                .toList();
    }
}
