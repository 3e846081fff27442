package jp.shomei.password;

import java.util.List;
import java.util.Map;
import jp.shomei.applications.ApplicationTimelines;
import jp.shomei.applications.ApplicationView;
import jp.shomei.applications.ProcessSteps;
import jp.shomei.applications.StepView;
import jp.shomei.password.PasswordResetProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The password resets of an account, step by step, read from the engine's history. */
@Service
@Transactional(readOnly = true)
class PasswordResetTimeline implements ApplicationTimelines {

    /** The steps the owner sees, by element id. */
    private static final Map<String, String> STEPS = Map.of(
            Elements.START, "application.step.passwordReset.requested",
            Elements.SEND_RESET_URL, "application.step.passwordReset.urlSent",
            Elements.WAIT_FOR_RESET, "application.step.passwordReset.done",
            Elements.MARK_EXPIRED, "application.step.passwordReset.expired",
            Elements.END_REPLACED, "application.step.passwordReset.replaced",
            Elements.SEND_RESET_NOTICE, "application.step.passwordReset.noticeSent");

    private final PasswordResetRepository resets;
    private final HistoryService historyService;

    PasswordResetTimeline(PasswordResetRepository resets, HistoryService historyService) {
        this.resets = resets;
        this.historyService = historyService;
    }

    @Override
    public List<ApplicationView> applicationsOf(Long accountId, String email) {
        return resets.findByAccountIdOrderByRequestedAtDesc(accountId).stream()
                .filter(r -> r.getProcessInstanceId() != null)
                .map(this::view)
                .toList();
    }

    private ApplicationView view(PasswordReset reset) {
        List<StepView> steps = ProcessSteps.of(historyService, reset.getProcessInstanceId(), STEPS, Map.of());
        return new ApplicationView("application.kind.passwordReset", "P-" + reset.getId(),
                "application.status.passwordReset." + reset.getStatus(),
                reset.getStatus() == PasswordReset.Status.URL_SENT, reset.getRequestedAt(), steps);
    }
}
