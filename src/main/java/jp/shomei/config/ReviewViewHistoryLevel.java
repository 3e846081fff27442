package jp.shomei.config;

import jp.shomei.registration.ReviewView;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;

/** Full history, except the review forms' view of personal data, which must not outlive the task. */
public class ReviewViewHistoryLevel extends HistoryLevelFull {

    public static final String NAME = "full-without-review-view";

    @Override
    public int getId() {
        return 30;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstance variable && variable.getName().startsWith(ReviewView.PREFIX)) {
            return false;
        }
        return super.isHistoryEventProduced(eventType, entity);
    }
}
