package jp.shomei.directory;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shomei.staff.StaffMember;
import jp.shomei.staff.StaffProperties;
import jp.shomei.staff.StaffSessions;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Administrators see whether each university's student directory answers; others get the page not found. */
@Controller
class DirectoriesController {

    private final StudentDirectory directory;
    private final SchoolCatalog schools;
    private final StaffSessions staffSessions;
    private final StaffProperties staffProperties;
    private final DirectoryProperties properties;

    DirectoriesController(StudentDirectory directory, SchoolCatalog schools, StaffSessions staffSessions,
            StaffProperties staffProperties, DirectoryProperties properties) {
        this.directory = directory;
        this.schools = schools;
        this.staffSessions = staffSessions;
        this.staffProperties = staffProperties;
        this.properties = properties;
    }

    @GetMapping("/staff/directories")
    String list(Model model, Locale locale) {
        if (!staffSessions.current().map(StaffMember::isAdministrator).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, String> names = schools.universities().stream()
                .collect(Collectors.toMap(University::getCode, u -> u.name(locale)));
        model.addAttribute("directories", directory.health());
        model.addAttribute("names", names);
        model.addAttribute("zone", staffProperties.timeZone());
        model.addAttribute("cacheSeconds", properties.healthCacheTime().toSeconds());
        return "staff/directories";
    }
}
