package jp.shomei.registration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomei.review.ReviewDecision;
import jp.shomei.review.ReviewedApplications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registration as the university reviews it, in processes/registration-review.bpmn. */
@Service
@Transactional
class RegistrationReviews implements ReviewedApplications {

    private final RegistrationRepository registrations;
    private final RegistrationDecisions decisions;
    private final ReviewView reviewView;

    RegistrationReviews(RegistrationRepository registrations, RegistrationDecisions decisions, ReviewView reviewView) {
        this.registrations = registrations;
        this.decisions = decisions;
        this.reviewView = reviewView;
    }

    @Override
    public String processKey() {
        return RegistrationReviewProcess.KEY;
    }

    @Override
    public String taskKey() {
        return RegistrationReviewProcess.Elements.REVIEW;
    }

    @Override
    public String bpmnResource() {
        return RegistrationReviewProcess.BPMN_RESOURCE;
    }

    @Override
    public String formResource() {
        return RegistrationReviewProcess.FORM_RESOURCE;
    }

    @Override
    public List<String> sections() {
        return Arrays.stream(FormSection.values()).map(FormSection::key).toList();
    }

    @Override
    public Set<String> formFields() {
        return RegistrationReviewProcess.FORM_FIELDS;
    }

    @Override
    public boolean isUnderReviewOf(Long registrationId, String tenantId) {
        return decisions.isUnderReviewOf(registrationId, tenantId);
    }

    @Override
    public Map<String, Object> view(Long registrationId) {
        return reviewView.of(registrationId);
    }

    @Override
    public void record(Long registrationId, ReviewDecision decision, String reason, String decidedBy,
            Set<String> sectionsToCorrect) {
        Set<FormSection> sections = EnumSet.noneOf(FormSection.class);
        Arrays.stream(FormSection.values()).filter(s -> sectionsToCorrect.contains(s.key())).forEach(sections::add);
        decisions.record(registrationId, decision, reason, decidedBy, sections);
    }

    @Override
    public PendingReview pending(Long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        return new PendingReview(registration.receptionNumber(), registration.getSubmittedAt(),
                registration.getUniversityId());
    }
}
