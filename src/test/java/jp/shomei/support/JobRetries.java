package jp.shomei.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;

/** Gives a failing job one more retry, as Cockpit's "retry" does. */
public final class JobRetries {

    private JobRetries() {
    }

    /** The job executor, which sees a moved engine clock too, may be failing the same job at this moment. */
    public static void setToOne(ManagementService managementService, String jobId) {
        for (int attempt = 1; ; attempt++) {
            try {
                managementService.setJobRetries(jobId, 1);
                return;
            } catch (OptimisticLockingException e) {
                if (attempt == 20) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
