package jp.shomei.analytics;

import static jp.shomei.analytics.ProcessFigures.APPROVED;
import static jp.shomei.analytics.ProcessFigures.REJECTED;
import static jp.shomei.analytics.ProcessFigures.RESUBMISSION_ASKED;
import static jp.shomei.analytics.ProcessFigures.SUBMITTED;

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

/** The funnels and reviews of Shomei's processes, named from their contracts' element ids. */
@Configuration(proxyBeanMethods = false)
class ProcessModels {

    @Bean
    ProcessFigures registrationFigures() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put(SUBMITTED, List.of(RegistrationProcess.Elements.CALL_REVIEW));
        steps.put(APPROVED, List.of(RegistrationProcess.Elements.OPEN_ACCOUNT));
        steps.put(REJECTED, List.of(RegistrationProcess.Elements.MARK_REJECTED));
        steps.put(RESUBMISSION_ASKED, List.of(RegistrationProcess.Elements.MARK_RESUBMISSION_REQUESTED));
        steps.put("url-expired", List.of(RegistrationProcess.Elements.END_EXPIRED));
        steps.put("initial-password-expired", List.of(RegistrationProcess.Elements.END_INITIAL_PASSWORD_EXPIRED));
        return ProcessFigures.funnel(RegistrationProcess.KEY, RegistrationProcess.Elements.CALL_REVIEW, steps,
                Set.of(APPROVED, REJECTED));
    }

    @Bean
    ProcessFigures registrationReviewFigures() {
        return ProcessFigures.tasks(RegistrationReviewProcess.KEY, RegistrationReviewProcess.Elements.REVIEW_OVERDUE);
    }

    @Bean
    ProcessFigures addStudentIdFigures() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        steps.put(SUBMITTED, List.of(AddStudentIdProcess.Elements.CALL_REVIEW));
        steps.put(APPROVED, List.of(AddStudentIdProcess.Elements.ADD_STUDENT_RECORD));
        steps.put(REJECTED, List.of(AddStudentIdProcess.Elements.MARK_REJECTED));
        steps.put(RESUBMISSION_ASKED, List.of(AddStudentIdProcess.Elements.MARK_RESUBMISSION_REQUESTED));
        steps.put("expired", List.of(AddStudentIdProcess.Elements.END_URL_EXPIRED,
                AddStudentIdProcess.Elements.END_EXPIRED));
        return ProcessFigures.funnel(AddStudentIdProcess.KEY, AddStudentIdProcess.Elements.CALL_REVIEW, steps,
                Set.of(APPROVED, REJECTED));
    }

    @Bean
    ProcessFigures studentIdReviewFigures() {
        return ProcessFigures.tasks(StudentIdReviewProcess.KEY, StudentIdReviewProcess.Elements.REVIEW_OVERDUE);
    }

    @Bean
    ProcessFigures postFigures() {
        return ProcessFigures.tasks(PostProcess.KEY, null);
    }
}
