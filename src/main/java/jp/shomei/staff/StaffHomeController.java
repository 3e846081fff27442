package jp.shomei.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shomei.security.EnginePasswordPolicy;
import jp.shomei.security.PasswordPolicyProperties;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.web.VisitorLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Shomei's staff home: where each member of staff finds the webapps of their work and chooses the language,
 * and the settings that make the webapps follow that choice.
 */
@Controller
class StaffHomeController {

    /** Controls of the webapps that show only an icon: the script names them for screen readers. */
    private static final List<String> UNNAMED_CONTROLS = List.of("filters", "list", "task", "maximize", "apps",
            "savedSearches", "processInstance");

    private final StaffSessions staffSessions;
    private final SchoolCatalog catalog;
    private final VisitorLanguage language;
    private final StaffProperties properties;
    private final MessageSource messages;
    private final PasswordPolicyProperties passwordRules;

    StaffHomeController(StaffSessions staffSessions, SchoolCatalog catalog, VisitorLanguage language,
            StaffProperties properties, MessageSource messages, PasswordPolicyProperties passwordRules) {
        this.staffSessions = staffSessions;
        this.catalog = catalog;
        this.language = language;
        this.properties = properties;
        this.messages = messages;
        this.passwordRules = passwordRules;
    }

    @GetMapping("/staff")
    String home(Model model, Locale locale) {
        StaffMember staff = staffSessions.current().orElseThrow();
        List<University> universities = universities(staff);
        model.addAttribute("staff", staff);
        model.addAttribute("universities", universities.stream().map(u -> u.name(locale)).toList());
        model.addAttribute("reviews", staff.isAdministrator() || !universities.isEmpty());
        model.addAttribute("certificates", staff.isAdministrator() || !universities.isEmpty());
        model.addAttribute("figures", staff.isAnalyst()
                || catalog.universities().stream().anyMatch(staff::readsFiguresOf));
        return "staff/home";
    }

    /** Read by the webapps' Shomei script before they start: see app/shomei/webapps.js. */
    @GetMapping("/staff/webapp-settings")
    @ResponseBody
    WebappSettings webappSettings(HttpServletRequest request) {
        StaffMember staff = staffSessions.current().orElseThrow();
        Locale locale = language.of(request);
        List<String> universities = universities(staff).stream().map(u -> u.name(locale)).toList();
        return new WebappSettings(language.chosen(request).map(Locale::getLanguage).orElse(null),
                properties.timeZone().getId(), request.getContextPath() + "/staff",
                messages.getMessage("staffHome.title", null, locale),
                request.getContextPath() + "/staff/login?loggedOut",
                universities.size() == 1 ? universities.get(0) : null,
                UNNAMED_CONTROLS.stream().collect(Collectors.toMap(Function.identity(),
                        control -> messages.getMessage("webapps.name." + control, null, locale))),
                Map.of(EnginePasswordPolicy.COMMON, messages.getMessage("passwordRules.common", null, locale),
                        EnginePasswordPolicy.CHARACTERS, messages.getMessage("webapps.passwordPolicy.characters",
                                new Object[] {passwordRules.maxLength()}, locale),
                        "SHOMEI_IMAGE_NOT_LOADED", messages.getMessage("webapps.image.notLoaded", null, locale),
                        "SHOMEI_IMAGE_OPEN", messages.getMessage("webapps.image.open", null, locale),
                        "SHOMEI_IMAGE_FULL_SIZE", messages.getMessage("webapps.image.fullSize", null, locale)));
    }

    private List<University> universities(StaffMember staff) {
        return catalog.universities().stream().filter(u -> staff.groupIds().contains(u.getStaffGroup())).toList();
    }

    /**
     * @param language the language chosen in Shomei's pages, or null for the browser's
     * @param university the one university the staff member works for, or null
     * @param names names for the webapps' icon-only controls, in the staff member's language
     * @param labels the webapps' labels that Shomei adds (its password rules, the review form's image links), in the
     *     staff member's language
     */
    record WebappSettings(String language, String timeZone, String home, String homeLabel, String signedOut,
            String university, Map<String, String> names, Map<String, String> labels) {
    }
}
