package jp.shomei.analytics;

import static jp.shomei.analytics.ProcessFigures.APPROVED;
import static jp.shomei.analytics.ProcessFigures.REJECTED;
import static jp.shomei.analytics.ProcessFigures.RESUBMISSION_ASKED;
import static jp.shomei.analytics.ProcessFigures.SUBMITTED;
import static jp.shomei.analytics.ProcessFigures.called;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomei.order.PostProcess;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.studentid.AddStudentIdProcess;
import jp.shomei.studentid.StudentIdReviewProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The funnels and reviews of Shomei's processes, named from their contracts' element ids: a submission is the
 * milestone event of the main process, a decision the end event its review ended at.
 */
@Configuration(proxyBeanMethods = false)
class ProcessModels {

    @Bean
    ProcessFigures registrationFigures() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put(SUBMITTED, List.of(RegistrationProcess.Elements.SUBMITTED));
        steps.putAll(decisions(called(RegistrationReviewProcess.KEY, RegistrationReviewProcess.Elements.END_APPROVED),
                called(RegistrationReviewProcess.KEY, RegistrationReviewProcess.Elements.END_REJECTED),
                called(RegistrationReviewProcess.KEY, RegistrationReviewProcess.Elements.END_RESUBMISSION_REQUESTED)));
        steps.put("url-expired", List.of(RegistrationProcess.Elements.END_EXPIRED));
        steps.put("initial-password-expired", List.of(RegistrationProcess.Elements.END_INITIAL_PASSWORD_EXPIRED));
        return ProcessFigures.funnel(RegistrationProcess.KEY, RegistrationProcess.Elements.CALL_REVIEW, steps,
                Set.of(APPROVED, REJECTED));
    }

    @Bean
    ProcessFigures registrationReviewFigures() {
        return ProcessFigures.tasks(RegistrationReviewProcess.KEY, RegistrationReviewProcess.Elements.REVIEW_OVERDUE,
                decisions(RegistrationReviewProcess.Elements.END_APPROVED,
                        RegistrationReviewProcess.Elements.END_REJECTED,
                        RegistrationReviewProcess.Elements.END_RESUBMISSION_REQUESTED));
    }

    @Bean
    ProcessFigures addStudentIdFigures() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put(SUBMITTED, List.of(AddStudentIdProcess.Elements.SUBMITTED));
        steps.putAll(decisions(called(StudentIdReviewProcess.KEY, StudentIdReviewProcess.Elements.END_APPROVED),
                called(StudentIdReviewProcess.KEY, StudentIdReviewProcess.Elements.END_REJECTED),
                called(StudentIdReviewProcess.KEY, StudentIdReviewProcess.Elements.END_RESUBMISSION_REQUESTED)));
        steps.put("expired", List.of(AddStudentIdProcess.Elements.END_URL_EXPIRED,
                AddStudentIdProcess.Elements.END_EXPIRED));
        return ProcessFigures.funnel(AddStudentIdProcess.KEY, AddStudentIdProcess.Elements.CALL_REVIEW, steps,
                Set.of(APPROVED, REJECTED));
    }

    @Bean
    ProcessFigures studentIdReviewFigures() {
        return ProcessFigures.tasks(StudentIdReviewProcess.KEY, StudentIdReviewProcess.Elements.REVIEW_OVERDUE,
                decisions(StudentIdReviewProcess.Elements.END_APPROVED,
                        StudentIdReviewProcess.Elements.END_REJECTED,
                        StudentIdReviewProcess.Elements.END_RESUBMISSION_REQUESTED));
    }

    @Bean
    ProcessFigures postFigures() {
        return ProcessFigures.tasks(PostProcess.KEY, null);
    }

    /** A review's decisions, each reached at an end event of its own. */
    private static Map<String, List<String>> decisions(String approved, String rejected,
            String resubmissionRequested) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put(APPROVED, List.of(approved));
        steps.put(REJECTED, List.of(rejected));
        steps.put(RESUBMISSION_ASKED, List.of(resubmissionRequested));
        return steps;
    }
}
