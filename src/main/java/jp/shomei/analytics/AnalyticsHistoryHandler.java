package jp.shomei.analytics;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Turns the engine's history events (instances, activities, user tasks, failed job runs, incidents) into fact rows,
 * in the transaction of the command that produced them: a rolled back job leaves no rows, and its retry writes them
 * once. A failed run is logged by the engine after the rollback, in a command of its own, and so is kept.
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
        } else if (event instanceof HistoricJobLogEvent log && log.isFailureLog()
                && log.getProcessInstanceId() != null) {
            // The engine's handler, which runs after this one, would give the log its id only on insert.
            if (log.getId() == null) {
                log.setId(Context.getProcessEngineConfiguration().getIdGenerator().getNextId());
            }
            facts.failure(AnalyticsFacts.JOB_FAILED, log.getId(), log.getProcessInstanceId(),
                    log.getProcessDefinitionKey(), failedActivity(log.getFailedActivityId(), log.getActivityId()),
                    log.getTimestamp());
        } else if (event instanceof HistoricIncidentEventEntity incident
                && event.isEventOfType(HistoryEventTypes.INCIDENT_CREATE) && incident.getProcessInstanceId() != null) {
            facts.failure(AnalyticsFacts.INCIDENT, incident.getId(), incident.getProcessInstanceId(),
                    incident.getProcessDefinitionKey(),
                    failedActivity(incident.getFailedActivityId(), incident.getActivityId()), incident.getCreateTime());
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

    static String failedActivity(String failedActivityId, String activityId) {
        return failedActivityId != null ? failedActivityId : activityId;
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
