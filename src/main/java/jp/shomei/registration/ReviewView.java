package jp.shomei.registration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.account.PersonalDetails;
import jp.shomei.document.DocumentSide;
import jp.shomei.review.ReviewedApplications;
import jp.shomei.review.StaffTask;
import jp.shomei.support.Prefecture;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review form shows, as task-local variables named {@code review_*}. They live only while the task
 * is open (task-local variables end with the task) and are kept out of the history, so the personal data
 * stays in the application's tables. Values are in Japanese; where English differs it goes beside, as
 * {@code review_*__en}, which the webapps' form translation shows to English-speaking staff instead. Image sources
 * are paths: the form translation makes them absolute with the host the reviewer reached.
 */
@Service
@Transactional(readOnly = true)
public class ReviewView {

    public static final String PREFIX = ReviewedApplications.VIEW_PREFIX;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final RegistrationRepository registrations;
    private final RegistrationDocumentRepository documents;
    private final SchoolCatalog catalog;
    private final AccountService accounts;
    private final MessageSource messages;

    ReviewView(RegistrationRepository registrations, RegistrationDocumentRepository documents, SchoolCatalog catalog,
            AccountService accounts, MessageSource messages) {
        this.registrations = registrations;
        this.documents = documents;
        this.catalog = catalog;
        this.accounts = accounts;
        this.messages = messages;
    }

    public Map<String, Object> of(Long registrationId) {
        Registration r = registrations.findById(registrationId).orElseThrow();
        return StaffTask.view(locale -> view(r, locale));
    }

    private Map<String, String> view(Registration r, Locale locale) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("applicationType", text("applicationType." + r.getApplicationType(), locale));
        view.put("email", r.getEmail());
        view.put("nameKanji", r.getNameKanji());
        view.put("nameKana", r.getNameKana());
        view.put("birthDate", r.getBirthDate().format(DATE));
        view.put("schoolName", String.join(" / ", nonBlank(r.getSchoolNameKanji()), nonBlank(r.getSchoolNameKana()),
                nonBlank(r.getSchoolNameRoman())));
        view.put("university", name(catalog.university(r.getUniversityId()), locale));
        view.put("department", name(catalog.department(r.getDepartmentId()), locale));
        view.put("subject", name(catalog.subject(r.getSubjectId()), locale));
        view.put("degreeProgram", name(catalog.degreeProgram(r.getDegreeProgramId()), locale));
        view.put("studentNumber", nonBlank(r.getStudentNumber()));
        view.put("matriculation", r.getMatriculation() == null ? "-" : r.getMatriculation().toString());
        view.put("graduation", r.getGraduation().toString());
        view.put("leavingType", text("leavingType." + r.getLeavingType(), locale));
        PersonalDetails p = r.getPersonal();
        view.put("address", p.address(locale));
        view.put("phone", p.phone());
        view.put("mobile", p.mobile());
        view.put("contactEmail", p.contactEmail());
        view.put("intendedUse", p.intendedUse());
        view.put("submissionPlace", r.getSubmissionPlace());
        view.put("employer", nonBlank(p.employerName())
                + (p.employerPostalCode() == null ? "" : " 〒" + p.employerPostalCode()));
        view.put("documentType", name(catalog.documentType(r.getDocumentTypeId()), locale));
        view.put("documentFront", documentUrl(r, DocumentSide.FRONT));
        view.put("documentBack", documentUrl(r, DocumentSide.BACK));
        view.put("changesSinceLast", changesSinceLast(r, locale));
        view.put("existingAccount", existingAccount(r, locale));
        view.put("differences", differences(r, locale));
        view.put("submissionCount", String.valueOf(r.getSubmissionCount()));
        view.put("submittedAt", ReviewedApplications.SUBMITTED_AT.format(r.getSubmittedAt()));
        return view;
    }

    /** The account a re-application or a former student's registration takes over, if any. */
    private String existingAccount(Registration r, Locale locale) {
        if (r.getMatchedAccountId() == null) {
            return r.isReapplication() ? text("review.noMatchingAccount", locale) : "-";
        }
        Account a = accounts.find(r.getMatchedAccountId()).orElseThrow();
        return (a.isStudent() ? text("review.studentAccount", locale) + " / " : "") + a.getEmail() + " / " + a.getNameKanji() + " (" + a.getNameKana() + ") / "
                + a.getBirthDate().format(DATE) + " / " + text("review.accountSince", locale) + " "
                + a.getCreatedAt().atZone(RegistrationMails.JAPAN).toLocalDate().format(DATE);
    }

    /** For a resubmission: which fields the applicant changed since the last review. */
    private String changesSinceLast(Registration r, Locale locale) {
        if (r.getChangesSinceLast() == null) {
            return "-";
        }
        if (r.getChangesSinceLast().isEmpty()) {
            return text("review.noDifferences", locale);
        }
        return Arrays.stream(r.getChangesSinceLast().split(","))
                .map(field -> text("form." + field, locale))
                .collect(Collectors.joining("\n"));
    }

    /** For a matched account: what the application changes in it, field by field. */
    private String differences(Registration r, Locale locale) {
        if (r.getMatchedAccountId() == null) {
            return "-";
        }
        Account a = accounts.find(r.getMatchedAccountId()).orElseThrow();
        // A current student's account has no address or phones yet.
        PersonalDetails mine = a.getPersonal() != null ? a.getPersonal()
                : new PersonalDetails(null, null, null, null, null, null, null, null, null, null, null, null);
        PersonalDetails applied = r.getPersonal();
        List<String> lines = new ArrayList<>();
        difference(lines, locale, "form.nameKanji", a.getNameKanji(), r.getNameKanji());
        difference(lines, locale, "form.nameKana", a.getNameKana(), r.getNameKana());
        difference(lines, locale, "form.birthDate", a.getBirthDate().format(DATE), r.getBirthDate().format(DATE));
        difference(lines, locale, "form.postalCode", mine.postalCode(), applied.postalCode());
        difference(lines, locale, "form.prefecture", prefecture(mine.prefecture(), locale),
                prefecture(applied.prefecture(), locale));
        difference(lines, locale, "form.city", mine.city(), applied.city());
        difference(lines, locale, "form.street", mine.street(), applied.street());
        difference(lines, locale, "form.building", mine.building(), applied.building());
        difference(lines, locale, "form.phone", mine.phone(), applied.phone());
        difference(lines, locale, "form.mobile", mine.mobile(), applied.mobile());
        difference(lines, locale, "form.contactEmail", mine.contactEmail(), applied.contactEmail());
        difference(lines, locale, "form.employerName", mine.employerName(), applied.employerName());
        difference(lines, locale, "review.loginEmail", a.getEmail(), r.getEmail());
        return lines.isEmpty() ? text("review.noDifferences", locale) : String.join("\n", lines);
    }

    private static String prefecture(String nameJa, Locale locale) {
        return Prefecture.of(nameJa).map(known -> known.name(locale)).orElse(nameJa);
    }

    private void difference(List<String> lines, Locale locale, String labelCode, String before, String after) {
        String old = before == null ? "" : before.replace('\u3000', ' ').trim();
        String now = after == null ? "" : after.replace('\u3000', ' ').trim();
        if (!old.equals(now)) {
            lines.add(text(labelCode, locale) + ": " + (old.isEmpty() ? "-" : old) + " → "
                    + (now.isEmpty() ? "-" : now));
        }
    }

    private String documentUrl(Registration r, DocumentSide side) {
        return documents.findByRegistrationIdAndSide(r.getId(), side)
                .map(d -> "/staff/registrations/" + r.getId() + "/documents/"
                        + side.name().toLowerCase(Locale.ROOT) + "?v=" + r.getSubmissionCount())
                .orElse("");
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String name(Optional<? extends LocalizedName> value, Locale locale) {
        return value.map(n -> n.name(locale)).orElse("-");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
