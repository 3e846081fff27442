package jp.shomei.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.account.StudentRecord;
import jp.shomei.order.PostProcess.Variables;
import jp.shomei.review.ReviewReminders;
import jp.shomei.review.ReviewedApplications;
import jp.shomei.review.StaffTask;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.web.VisitorLanguage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The university's task for an order by post: print the certificates, seal them where asked, post them, and say
 * when and with which tracking number. The task shows the order, what the certificates state and the address (as
 * task-local variables that never reach the history); the order is the process's business key and must belong to
 * the task's university, and the posting is kept with the order.
 */
@Service(PostProcess.Beans.POST_TASK_LISTENER)
public class OrderPosting implements StaffTask, TaskListener {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,30}");

    private final CertificateOrderRepository orders;
    private final AccountService accounts;
    private final SchoolCatalog schools;
    private final MessageSource messages;
    private final VisitorLanguage language;
    private final ReviewReminders reminders;
    private final Clock clock;

    OrderPosting(CertificateOrderRepository orders, AccountService accounts, SchoolCatalog schools,
            MessageSource messages, VisitorLanguage language, ReviewReminders reminders, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.schools = schools;
        this.messages = messages;
        this.language = language;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return PostProcess.KEY;
    }

    @Override
    public String taskKey() {
        return PostProcess.Elements.POST;
    }

    @Override
    public String bpmnResource() {
        return PostProcess.BPMN_RESOURCE;
    }

    @Override
    public String formResource() {
        return PostProcess.FORM_RESOURCE;
    }

    @Override
    public Set<String> formFields() {
        return Variables.FORM_FIELDS;
    }

    /** A posting date no later than today in Japan, and a tracking number. */
    @Override
    public Optional<String> refusal(Map<String, Object> values) {
        if (!(values.get(Variables.POSTED_ON) instanceof String postedOn) || postedOn.isBlank()) {
            return Optional.of("post.postedOn.missing");
        }
        try {
            if (LocalDate.parse(postedOn.trim()).isAfter(LocalDate.now(clock.withZone(OrderDeadlines.JAPAN)))) {
                return Optional.of("post.postedOn.future");
            }
        } catch (DateTimeParseException e) {
            return Optional.of("post.postedOn.invalid");
        }
        if (!(values.get(Variables.TRACKING_NUMBER) instanceof String tracking) || tracking.isBlank()) {
            return Optional.of("post.trackingNumber.missing");
        }
        if (!TRACKING_NUMBER.matcher(tracking.trim()).matches()) {
            return Optional.of("post.trackingNumber.invalid");
        }
        return Optional.empty();
    }

    /** The posting has waited too long: every member of the university's staff hears of it. */
    public void remind(Long orderId) {
        CertificateOrder order = orders.findById(orderId).orElseThrow();
        if (order.getStatus() == OrderStatus.PAID) {
            reminders.remind("post-reminder", order.getReference(), order.getPaidAt(), order.getUniversityId());
        }
    }

    /** Runs in the engine's transaction, which the order's changes join. */
    @Override
    public void notify(DelegateTask task) {
        CertificateOrder order = orders.findById(Long.valueOf(task.getExecution().getProcessBusinessKey()))
                .orElseThrow();
        boolean ours = schools.university(order.getUniversityId())
                .map(university -> university.getCode().equals(task.getTenantId())).orElse(false);
        if (!ours || order.getDestination() != Destination.POST) {
            throw refused("review.refused.otherUniversity");
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariablesLocal(StaffTask.view(locale -> view(order, locale)));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Map<String, Object> values = new HashMap<>();
            formFields().forEach(field -> values.put(field, task.getVariable(field)));
            refusal(values).ifPresent(code -> {
                throw refused(code);
            });
            if (order.getStatus() == OrderStatus.PAID) {
                order.posted(LocalDate.parse(((String) values.get(Variables.POSTED_ON)).trim()),
                        ((String) values.get(Variables.TRACKING_NUMBER)).trim(), StaffTask.doneBy(task), clock.instant());
            }
        }
    }

    private Map<String, String> view(CertificateOrder order, Locale locale) {
        Account account = accounts.find(order.getAccountId()).orElseThrow();
        StudentRecord record = accounts.studentRecords(order.getAccountId()).stream()
                .filter(r -> r.getId().equals(order.getStudentRecordId())).findFirst().orElseThrow();
        Map<String, String> view = new LinkedHashMap<>();
        view.put("reference", order.getReference());
        view.put("applicationType", text("applicationType.post", locale));
        view.put("submittedAt", ReviewedApplications.SUBMITTED_AT.format(order.getPaidAt()));
        view.put("lines", order.getLines().stream()
                .map(line -> text("post.view.line", locale, line.name(locale), line.getCopies()))
                .collect(Collectors.joining("\n")));
        view.put("sealed", text("post.view.sealed." + order.isSealedEnvelope(), locale));
        view.put("postReason", order.getPostReason() == null ? "-"
                : text("post.view.postReason." + order.getPostReason(), locale));
        view.put("purpose", order.getPurpose());
        view.put("submissionPlace", order.getSubmissionPlace());
        view.put("nameKanji", orElse(record.getSchoolNameKanji(), account.getNameKanji()));
        view.put("nameKana", orElse(record.getSchoolNameKana(), account.getNameKana()));
        view.put("nameRoman", orElse(record.getSchoolNameRoman(), "-"));
        view.put("birthDate", account.getBirthDate().toString());
        view.put("university", name(schools.university(record.getUniversityId()), locale));
        view.put("department", record.getDepartmentId() == null ? "-"
                : name(schools.department(record.getDepartmentId()), locale));
        view.put("degreeProgram", record.getDegreeProgramId() == null ? "-"
                : name(schools.degreeProgram(record.getDegreeProgramId()), locale));
        view.put("studentNumber", orElse(record.getStudentNumber(), "-"));
        view.put("matriculation", record.getMatriculation() == null ? "-" : record.getMatriculation().toString());
        view.put("graduation", record.getGraduation() == null ? "-" : record.getGraduation().toString());
        view.put("leavingType", record.getLeavingType() == null ? "-"
                : text("leavingType." + record.getLeavingType(), locale));
        view.put("recipient", account.getNameKanji());
        view.put("address", account.getPersonal().address(locale));
        view.put("phone", orElse(account.getPersonal().phone(), orElse(account.getPersonal().mobile(), "-")));
        return view;
    }

    private IllegalArgumentException refused(String code) {
        return new IllegalArgumentException(messages.getMessage(code, null, language.current()));
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String name(Optional<? extends LocalizedName> value, Locale locale) {
        return value.map(n -> n.name(locale)).orElse("-");
    }
}
