package jp.shomei.registration;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomei.applications.ApplicationTimelines;
import jp.shomei.applications.ApplicationView;
import jp.shomei.applications.StepView;
import jp.shomei.registration.RegistrationProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registrations of an account, step by step, read from the engine's history. */
@Service
@Transactional(readOnly = true)
class RegistrationTimeline implements ApplicationTimelines {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** The process steps an applicant sees, by element id; the wait for the form counts when it ends. */
    private static final Map<String, String> STEPS = Map.of(
            Elements.START, "application.step.started",
            RegistrationReviewProcess.Elements.REVIEW, "application.step.underReview",
            Elements.SEND_RESUBMISSION_MAIL, "application.step.resubmissionRequested",
            Elements.OPEN_ACCOUNT, "application.step.approved",
            Elements.SEND_REJECTION_MAIL, "application.step.rejected",
            Elements.MARK_EXPIRED, "application.step.expired",
            Elements.EXPIRE_INITIAL_PASSWORD, "application.step.initialPasswordExpired",
            Elements.REISSUE_INITIAL_PASSWORD, "application.step.initialPasswordReissued",
            Elements.END_APPROVED, "application.step.passwordsSet");

    private static final Set<RegistrationStatus> OPEN = Set.of(RegistrationStatus.URL_SENT,
            RegistrationStatus.UNDER_REVIEW, RegistrationStatus.RESUBMISSION_REQUESTED);

    private final RegistrationRepository registrations;
    private final RegistrationDecisionRepository decisions;
    private final HistoryService historyService;

    RegistrationTimeline(RegistrationRepository registrations, RegistrationDecisionRepository decisions,
            HistoryService historyService) {
        this.registrations = registrations;
        this.decisions = decisions;
        this.historyService = historyService;
    }

    @Override
    public List<ApplicationView> applicationsOf(Long accountId, String email) {
        return registrations.findByAccountIdOrEmailIgnoreCase(accountId, email).stream()
                .filter(r -> r.getProcessInstanceId() != null)
                .map(this::view)
                .toList();
    }

    /** The registration's steps and its reviews' (called in the university's tenant), in the order they began. */
    private List<HistoricActivityInstance> activities(String processInstanceId) {
        List<HistoricActivityInstance> activities = new ArrayList<>(historyService
                .createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderPartiallyByOccurrence().asc().list());
        historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                .forEach(review -> activities.addAll(historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(review.getId()).orderPartiallyByOccurrence().asc().list()));
        activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
        return activities;
    }

    private ApplicationView view(Registration registration) {
        Iterator<RegistrationDecision> reasons = decisions.findByRegistrationIdOrderByDecidedAtAsc(registration.getId())
                .stream().filter(d -> d.getDecision().needsReason()).iterator();
        List<StepView> steps = new ArrayList<>();
        int submissions = 0;
        for (HistoricActivityInstance activity : activities(registration.getProcessInstanceId())) {
            String id = activity.getActivityId();
            if (Elements.WAIT_FOR_APPLICATION.equals(id)) {
                if (activity.getEndTime() != null && !activity.isCanceled()) {
                    steps.add(new StepView(submissions++ == 0 ? "application.step.submitted"
                            : "application.step.resubmitted", activity.getEndTime().toInstant().atZone(JAPAN), null));
                }
            } else if (STEPS.containsKey(id)) {
                boolean withReason = Elements.SEND_RESUBMISSION_MAIL.equals(id) || Elements.SEND_REJECTION_MAIL.equals(id);
                String detail = withReason && reasons.hasNext() ? reasons.next().getReason() : null;
                steps.add(new StepView(STEPS.get(id), activity.getStartTime().toInstant().atZone(JAPAN), detail));
            }
        }
        return new ApplicationView("application.kind.registration", registration.receptionNumber(),
                "application.status." + registration.getStatus(), OPEN.contains(registration.getStatus()),
                registration.getCreatedAt(), steps);
    }
}
