package jp.shomei.analytics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The process counters at /actuator/prometheus, labelled only by process key, university and outcome, so that the
 * series stay as few as the deployed models and universities. A count is queued in the engine command's transaction
 * and made once it commits: a job that rolls back counts nothing, its successful retry counts once.
 */
@Component
class ProcessMeters {

    static final String PROCESS = "process";
    static final String UNIVERSITY = "university";
    static final String OUTCOME = "outcome";
    /** The university of what happened before one was known, or of a process that has none. */
    static final String NONE = "none";
    /** The outcome of an instance that ended at an element not named EndEvent_... */
    static final String OTHER = "other";

    private static final String END_EVENT_PREFIX = "EndEvent_";

    private final MeterRegistry registry;

    ProcessMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void started(String processKey, String university) {
        count("shomei.process.instances.started", "Process instances started", tags(processKey, university));
    }

    void ended(String processKey, String university, String endActivityId) {
        count("shomei.process.instances.ended", "Process instances ended, by end event",
                tags(processKey, university).and(OUTCOME, outcome(endActivityId)));
    }

    void userTaskCompleted(String processKey, String university) {
        count("shomei.user.tasks.completed", "User tasks completed", tags(processKey, university));
    }

    void mailSent(String processKey, String university) {
        count("shomei.mails.sent", "Mail tasks completed", tags(processKey, university));
    }

    /** @param kind {@link AnalyticsFacts#JOB_FAILED} (a failed run, retried) or {@link AnalyticsFacts#INCIDENT} */
    void mailFailed(String processKey, String university, String kind) {
        count("shomei.mail.failures", "Failed runs of mail tasks and the incidents they raised",
                tags(processKey, university).and(OUTCOME, kind));
    }

    /** The end event's name (url-expired for EndEvent_UrlExpired), cancelled without one, else {@value #OTHER}. */
    static String outcome(String endActivityId) {
        return endActivityId == null || endActivityId.startsWith(END_EVENT_PREFIX)
                ? AnalyticsFacts.outcome(endActivityId) : OTHER;
    }

    static Tags tags(String processKey, String university) {
        return Tags.of(PROCESS, processKey == null ? NONE : processKey, UNIVERSITY, university == null ? NONE : university);
    }

    private void count(String name, String description, Tags tags) {
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> Counter.builder(name).description(description).tags(tags).register(registry).increment());
    }
}
