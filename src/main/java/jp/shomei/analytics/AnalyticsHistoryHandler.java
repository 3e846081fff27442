package jp.shomei.analytics;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Turns the engine's history events into fact rows, in the transaction of the command that produced them: a rolled
 * back job leaves no rows, and its retry writes them once.
 */
class AnalyticsHistoryHandler implements HistoryEventHandler {

    private final AnalyticsFacts facts;

    AnalyticsHistoryHandler(AnalyticsFacts facts) {
        this.facts = facts;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity process) {
            boolean ended = event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END);
            facts.process(process.getProcessInstanceId(), process.getSuperProcessInstanceId(),
                    process.getProcessDefinitionKey(), process.getTenantId(), process.getStartTime(),
                    ended ? process.getEndTime() : null,
                    ended ? AnalyticsFacts.outcome(process.getEndActivityId()) : null);
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            task(task);
        } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
            facts.activity(activity.getActivityInstanceId(), activity.getProcessInstanceId(),
                    activity.getProcessDefinitionKey(), activity.getActivityId(), activity.getActivityType(),
                    activity.getStartTime(), activity.getEndTime());
        }
    }

    private void task(HistoricTaskInstanceEventEntity task) {
        if (task.getProcessInstanceId() == null) {
            return;
        }
        boolean assigned = task.getAssignee() != null;
        String outcome = null;
        if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
            outcome = AnalyticsFacts.COMPLETED;
        } else if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE)) {
            outcome = AnalyticsFacts.CANCELLED;
        }
        boolean ending = outcome != null;
        // The event says when the task was created and ended, not when it was claimed: that is now.
        facts.task(task.getTaskId(), task.getProcessInstanceId(), task.getProcessDefinitionKey(),
                task.getTaskDefinitionKey(), task.getTenantId(), task.getStartTime(),
                assigned && !ending ? ClockUtil.getCurrentTime() : null, ending ? null : assigned,
                task.getEndTime(), outcome);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
