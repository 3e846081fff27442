package jp.shomei.registration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.config.SiteProperties;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review form shows, as task-local variables named {@code review_*}. They live only while the task
 * is open (task-local variables end with the task) and are kept out of the history, so the personal data
 * stays in the application's tables.
 */
@Service
@Transactional(readOnly = true)
public class ReviewView {

    public static final String PREFIX = "review_";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final RegistrationRepository registrations;
    private final RegistrationDocumentRepository documents;
    private final SchoolCatalog catalog;
    private final AccountService accounts;
    private final MessageSource messages;
    private final SiteProperties site;

    ReviewView(RegistrationRepository registrations, RegistrationDocumentRepository documents, SchoolCatalog catalog,
            AccountService accounts, MessageSource messages, SiteProperties site) {
        this.registrations = registrations;
        this.documents = documents;
        this.catalog = catalog;
        this.accounts = accounts;
        this.messages = messages;
        this.site = site;
    }

    public Map<String, Object> of(Long registrationId) {
        Registration r = registrations.findById(registrationId).orElseThrow();
        Map<String, String> view = new LinkedHashMap<>();
        view.put("applicationType", both("applicationType." + r.getApplicationType()));
        view.put("email", r.getEmail());
        view.put("nameKanji", r.getNameKanji());
        view.put("nameKana", r.getNameKana());
        view.put("birthDate", r.getBirthDate().format(DATE));
        view.put("schoolName", String.join(" / ", nonBlank(r.getSchoolNameKanji()), nonBlank(r.getSchoolNameKana()),
                nonBlank(r.getSchoolNameRoman())));
        view.put("university", name(catalog.university(r.getUniversityId()), u -> u));
        view.put("department", name(catalog.department(r.getDepartmentId()), d -> d));
        view.put("subject", name(catalog.subject(r.getSubjectId()), s -> s));
        view.put("degreeProgram", name(catalog.degreeProgram(r.getDegreeProgramId()), p -> p));
        view.put("studentNumber", nonBlank(r.getStudentNumber()));
        view.put("matriculation", r.getMatriculation() == null ? "-" : r.getMatriculation().toString());
        view.put("graduation", r.getGraduation().toString());
        view.put("leavingType", both("leavingType." + r.getLeavingType()));
        view.put("address", "〒" + r.getPostalCode() + " " + r.getPrefecture() + r.getCity() + r.getStreet()
                + (r.getBuilding() == null ? "" : " " + r.getBuilding()));
        view.put("phone", r.getPhone());
        view.put("mobile", r.getMobile());
        view.put("contactEmail", r.getContactEmail());
        view.put("intendedUse", r.getIntendedUse());
        view.put("submissionPlace", r.getSubmissionPlace());
        view.put("employer", nonBlank(r.getEmployerName())
                + (r.getEmployerPostalCode() == null ? "" : " 〒" + r.getEmployerPostalCode()));
        view.put("documentType", name(catalog.documentType(r.getDocumentTypeId()), t -> t));
        view.put("documentFront", documentUrl(r, DocumentSide.FRONT));
        view.put("documentBack", documentUrl(r, DocumentSide.BACK));
        view.put("changesSinceLast", changesSinceLast(r));
        view.put("existingAccount", existingAccount(r));
        view.put("differences", differences(r));
        view.put("submissionCount", String.valueOf(r.getSubmissionCount()));
        Map<String, Object> variables = new LinkedHashMap<>();
        view.forEach((key, value) -> variables.put(PREFIX + key, value));
        return variables;
    }

    private String existingAccount(Registration r) {
        if (!r.isReapplication()) {
            return "-";
        }
        Optional<Account> match = accounts.find(r.getMatchedAccountId());
        if (match.isEmpty()) {
            return both("review.noMatchingAccount");
        }
        Account a = match.get();
        return a.getEmail() + " / " + a.getNameKanji() + " (" + a.getNameKana() + ") / "
                + a.getBirthDate().format(DATE) + " / " + both("review.accountSince") + " "
                + a.getCreatedAt().atZone(RegistrationMails.JAPAN).toLocalDate().format(DATE);
    }

    /** For a resubmission: which fields the applicant changed since the last review. */
    private String changesSinceLast(Registration r) {
        if (r.getChangesSinceLast() == null) {
            return "-";
        }
        if (r.getChangesSinceLast().isEmpty()) {
            return both("review.noDifferences");
        }
        return Arrays.stream(r.getChangesSinceLast().split(","))
                .map(field -> both("form." + field))
                .collect(Collectors.joining("\n"));
    }

    /** For a matched re-application: what the application changes in the account, field by field. */
    private String differences(Registration r) {
        Optional<Account> match = r.isReapplication() ? accounts.find(r.getMatchedAccountId()) : Optional.empty();
        if (match.isEmpty()) {
            return "-";
        }
        Account a = match.get();
        List<String> lines = new ArrayList<>();
        difference(lines, "form.nameKanji", a.getNameKanji(), r.getNameKanji());
        difference(lines, "form.nameKana", a.getNameKana(), r.getNameKana());
        difference(lines, "form.birthDate", a.getBirthDate().format(DATE), r.getBirthDate().format(DATE));
        difference(lines, "form.postalCode", a.getPostalCode(), r.getPostalCode());
        difference(lines, "form.prefecture", a.getPrefecture(), r.getPrefecture());
        difference(lines, "form.city", a.getCity(), r.getCity());
        difference(lines, "form.street", a.getStreet(), r.getStreet());
        difference(lines, "form.building", a.getBuilding(), r.getBuilding());
        difference(lines, "form.phone", a.getPhone(), r.getPhone());
        difference(lines, "form.mobile", a.getMobile(), r.getMobile());
        difference(lines, "form.contactEmail", a.getContactEmail(), r.getContactEmail());
        difference(lines, "form.employerName", a.getEmployerName(), r.getEmployerName());
        difference(lines, "review.loginEmail", a.getEmail(), r.getEmail());
        return lines.isEmpty() ? both("review.noDifferences") : String.join("\n", lines);
    }

    private void difference(List<String> lines, String labelCode, String before, String after) {
        String old = before == null ? "" : before.replace('\u3000', ' ').trim();
        String now = after == null ? "" : after.replace('\u3000', ' ').trim();
        if (!old.equals(now)) {
            lines.add(both(labelCode) + ": " + (old.isEmpty() ? "-" : old) + " → " + (now.isEmpty() ? "-" : now));
        }
    }

    private String documentUrl(Registration r, DocumentSide side) {
        return documents.findByRegistrationIdAndSide(r.getId(), side)
                .map(d -> site.url("/staff/registrations/" + r.getId() + "/documents/"
                        + side.name().toLowerCase(Locale.ROOT) + "?v=" + r.getSubmissionCount()))
                .orElse("");
    }

    private String both(String code) {
        return messages.getMessage(code, null, Locale.JAPANESE) + " / " + messages.getMessage(code, null, Locale.ENGLISH);
    }

    private static <T> String name(Optional<T> value, Function<T, LocalizedName> named) {
        return value.map(named).map(n -> n.getNameJa() + " / " + n.getNameEn()).orElse("-");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
