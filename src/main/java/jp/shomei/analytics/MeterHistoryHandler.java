package jp.shomei.analytics;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the history events that the process meters show. It runs after {@link AnalyticsHistoryHandler}, so that a
 * main process (which has no tenant) is counted under the university its review already gave its fact row.
 */
class MeterHistoryHandler implements HistoryEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MeterHistoryHandler.class);

    private final ProcessMeters meters;
    private final AnalyticsFacts facts;

    MeterHistoryHandler(ProcessMeters meters, AnalyticsFacts facts) {
        this.meters = meters;
        this.facts = facts;
    }

    /** A meter that cannot be counted is logged; it never rolls back the process work that it counts. */
    @Override
    public void handleEvent(HistoryEvent event) {
        try {
            count(event);
        } catch (RuntimeException e) {
            LOG.warn("Could not count {} of {} for the process meters", event.getEventType(),
                    event.getProcessDefinitionKey(), e);
        }
    }

    private void count(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity process) {
            if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
                meters.started(process.getProcessDefinitionKey(), process.getTenantId());
            } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
                meters.ended(process.getProcessDefinitionKey(), university(process.getTenantId(), event),
                        process.getEndActivityId());
            }
        } else if (event instanceof HistoricTaskInstanceEventEntity task
                && event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE) && task.getProcessInstanceId() != null) {
            meters.userTaskCompleted(task.getProcessDefinitionKey(), task.getTenantId());
        } else if (event instanceof HistoricActivityInstanceEventEntity activity
                && event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END) && !activity.isCanceled()
                && mailTask(activity.getActivityId())) {
            meters.mailSent(activity.getProcessDefinitionKey(), university(activity.getTenantId(), event));
        } else if (event instanceof HistoricJobLogEvent log && log.isFailureLog() && log.getProcessInstanceId() != null
                && mailTask(AnalyticsHistoryHandler.failedActivity(log.getFailedActivityId(), log.getActivityId()))) {
            meters.mailFailed(log.getProcessDefinitionKey(), university(log.getTenantId(), event),
                    AnalyticsFacts.JOB_FAILED);
        } else if (event instanceof HistoricIncidentEventEntity incident
                && event.isEventOfType(HistoryEventTypes.INCIDENT_CREATE) && incident.getProcessInstanceId() != null
                && mailTask(AnalyticsHistoryHandler.failedActivity(incident.getFailedActivityId(),
                        incident.getActivityId()))) {
            meters.mailFailed(incident.getProcessDefinitionKey(), university(incident.getTenantId(), event),
                    AnalyticsFacts.INCIDENT);
        }
    }

    private String university(String tenantId, HistoryEvent event) {
        return tenantId != null ? tenantId : facts.university(event.getProcessInstanceId());
    }

    private static boolean mailTask(String activityId) {
        return activityId != null && activityId.startsWith(AnalyticsFigures.MAIL_TASK_PREFIX);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
