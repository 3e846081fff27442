package jp.shomei.analytics;

import static jp.shomei.analytics.AnalyticsHistoryHandler.failedActivity;

import java.sql.Timestamp;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the fact tables once from the engine's history, for what happened before they existed. Rows written by
 * events are left as they are, so running it again (or alongside new events) counts nothing twice.
 */
@Service
public class AnalyticsBackfill {

    private static final String NAME = "engine-history";

    private static final int PAGE = 500;

    private final HistoryService historyService;
    private final AnalyticsFacts facts;
    private final JdbcTemplate jdbc;

    AnalyticsBackfill(HistoryService historyService, AnalyticsFacts facts, JdbcTemplate jdbc) {
        this.historyService = historyService;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillOnce() {
        Integer done = jdbc.queryForObject("select count(*) from analytics_backfill where name = ?", Integer.class,
                NAME);
        if (done != null && done > 0) {
            return;
        }
        fill();
        jdbc.update("insert into analytics_backfill (name, done_at) values (?, ?)", NAME,
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }

    /** Writes every instance, activity, user task, failed job run and incident the engine's history still holds. */
    @Transactional
    public void fill() {
        pages(first -> historyService.createHistoricProcessInstanceQuery().orderByProcessInstanceId().asc()
                .listPage(first, PAGE), p -> facts.process(p.getId(), p.getSuperProcessInstanceId(),
                p.getProcessDefinitionKey(), p.getTenantId(), p.getStartTime(), p.getEndTime(),
                p.getEndTime() == null ? null : AnalyticsFacts.outcome(p.getEndActivityId())));
        pages(first -> historyService.createHistoricActivityInstanceQuery().orderByHistoricActivityInstanceId().asc()
                .listPage(first, PAGE), a -> facts.activity(a.getId(), a.getProcessInstanceId(),
                a.getProcessDefinitionKey(), a.getActivityId(), a.getActivityType(), a.getStartTime(),
                a.getEndTime()));
        Map<String, Date> claims = new HashMap<>();
        pages(first -> historyService.createHistoricIdentityLinkLogQuery().type(IdentityLinkType.ASSIGNEE)
                .operationType(HistoryEvent.IDENTITY_LINK_ADD).orderByTime().asc().listPage(first, PAGE),
                (HistoricIdentityLinkLog link) -> claims.putIfAbsent(link.getTaskId(), link.getTime()));
        pages(first -> historyService.createHistoricTaskInstanceQuery().orderByTaskId().asc().listPage(first, PAGE),
                (HistoricTaskInstance t) -> {
                    if (t.getProcessInstanceId() != null) {
                        facts.task(t.getId(), t.getProcessInstanceId(), t.getProcessDefinitionKey(),
                                t.getTaskDefinitionKey(), t.getTenantId(), t.getStartTime(), claims.get(t.getId()),
                                t.getEndTime() == null ? t.getAssignee() != null : null, t.getEndTime(),
                                outcome(t));
                    }
                });
        pages(first -> historyService.createHistoricJobLogQuery().failureLog().orderByTimestamp().asc()
                .orderPartiallyByOccurrence().asc().listPage(first, PAGE), log -> {
                    if (log.getProcessInstanceId() != null) {
                        facts.failure(AnalyticsFacts.JOB_FAILED, log.getId(), log.getProcessInstanceId(),
                                log.getProcessDefinitionKey(),
                                failedActivity(log.getFailedActivityId(), log.getActivityId()), log.getTimestamp());
                    }
                });
        pages(first -> historyService.createHistoricIncidentQuery().orderByIncidentId().asc().listPage(first, PAGE),
                incident -> {
                    if (incident.getProcessInstanceId() != null) {
                        facts.failure(AnalyticsFacts.INCIDENT, incident.getId(), incident.getProcessInstanceId(),
                                incident.getProcessDefinitionKey(),
                                failedActivity(incident.getFailedActivityId(), incident.getActivityId()),
                                incident.getCreateTime());
                    }
                });
    }

    private static String outcome(HistoricTaskInstance task) {
        if (task.getEndTime() == null) {
            return null;
        }
        return AnalyticsFacts.COMPLETED.equals(task.getDeleteReason())
                ? AnalyticsFacts.COMPLETED : AnalyticsFacts.CANCELLED;
    }

    private static <T> void pages(IntFunction<List<T>> page, Consumer<T> each) {
        for (int first = 0; ; first += PAGE) {
            List<T> rows = page.apply(first);
            rows.forEach(each);
            if (rows.size() < PAGE) {
                return;
            }
        }
    }
}
