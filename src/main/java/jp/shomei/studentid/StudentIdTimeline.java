package jp.shomei.studentid;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jp.shomei.applications.ApplicationTimelines;
import jp.shomei.applications.ApplicationView;
import jp.shomei.applications.StepView;
import jp.shomei.studentid.AddStudentIdProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account's applications to add a student ID, step by step, read from the engine's history. */
@Service
@Transactional(readOnly = true)
class StudentIdTimeline implements ApplicationTimelines {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /**
     * The process steps the graduate sees, by element id; the URL mail counts once sent, the application and a
     * corrected one when their wait ends.
     */
    private static final Map<String, String> STEPS = Map.of(
            Elements.START, "application.step.studentId.urlRequested",
            Elements.MARK_URL_EXPIRED, "application.step.studentId.urlExpired",
            Elements.START_REPLACED, "application.step.studentId.replaced",
            StudentIdReviewProcess.Elements.REVIEW, "application.step.underReview",
            Elements.MARK_RESUBMISSION_REQUESTED, "application.step.resubmissionRequested",
            Elements.ADD_STUDENT_RECORD, "application.step.approved",
            Elements.MARK_REJECTED, "application.step.rejected",
            Elements.MARK_EXPIRED, "application.step.expired");

    /** Steps that count when they end, not when they begin. */
    private static final Map<String, String> WAITS = Map.of(
            Elements.SEND_FORM_URL, "application.step.studentId.urlSent",
            Elements.WAIT_FOR_FORM, "application.step.submitted",
            Elements.WAIT_FOR_RESUBMISSION, "application.step.resubmitted");

    private final StudentIds studentIds;
    private final StudentIdDecisionRepository decisions;
    private final HistoryService historyService;

    StudentIdTimeline(StudentIds studentIds, StudentIdDecisionRepository decisions, HistoryService historyService) {
        this.studentIds = studentIds;
        this.decisions = decisions;
        this.historyService = historyService;
    }

    @Override
    public List<ApplicationView> applicationsOf(Long accountId, String email) {
        return studentIds.applicationsOf(accountId).stream()
                .filter(a -> a.getProcessInstanceId() != null)
                .map(this::view)
                .toList();
    }

    /** The process's steps and its reviews' (called in the university's tenant), in the order they began. */
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

    private ApplicationView view(StudentIdApplication application) {
        Iterator<StudentIdDecision> reasons = decisions.findByApplicationIdOrderByDecidedAtAsc(application.getId())
                .stream().filter(d -> d.getDecision().needsReason()).iterator();
        List<StepView> steps = new ArrayList<>();
        for (HistoricActivityInstance activity : activities(application.getProcessInstanceId())) {
            String id = activity.getActivityId();
            if (WAITS.containsKey(id)) {
                if (activity.getEndTime() != null && !activity.isCanceled()) {
                    steps.add(new StepView(WAITS.get(id), activity.getEndTime().toInstant().atZone(JAPAN), null));
                }
            } else if (STEPS.containsKey(id)) {
                boolean withReason = Elements.MARK_RESUBMISSION_REQUESTED.equals(id) || Elements.MARK_REJECTED.equals(id);
                String detail = withReason && reasons.hasNext() ? reasons.next().getReason() : null;
                String label = Elements.ADD_STUDENT_RECORD.equals(id)
                        && application.getStatus() == StudentIdStatus.ALREADY_REGISTERED
                        ? "application.step.alreadyRegistered" : STEPS.get(id);
                steps.add(new StepView(label, activity.getStartTime().toInstant().atZone(JAPAN), detail));
            }
        }
        return new ApplicationView("application.kind.studentId", StudentIdReviews.reference(application),
                "studentId.status." + application.getStatus(), application.getStatus().isOpen(),
                application.getCreatedAt(), steps);
    }
}
