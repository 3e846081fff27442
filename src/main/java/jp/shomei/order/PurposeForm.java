package jp.shomei.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.shomei.support.PlainText;

/** Step 3 of an order: what the certificates are for and where they will be submitted. */
public class PurposeForm {

    @NotBlank
    @Size(max = OrderService.MAX_TEXT)
    @PlainText
    private String intendedUse;

    @NotBlank
    @Size(max = OrderService.MAX_TEXT)
    @PlainText
    private String submissionPlace;

    @NotNull
    private SubmissionKind submissionKind;

    private boolean sealedEnvelope;

    public String getIntendedUse() {
        return intendedUse;
    }

    public void setIntendedUse(String intendedUse) {
        this.intendedUse = intendedUse;
    }

    public String getSubmissionPlace() {
        return submissionPlace;
    }

    public void setSubmissionPlace(String submissionPlace) {
        this.submissionPlace = submissionPlace;
    }

    public SubmissionKind getSubmissionKind() {
        return submissionKind;
    }

    public void setSubmissionKind(SubmissionKind submissionKind) {
        this.submissionKind = submissionKind;
    }

    public boolean isSealedEnvelope() {
        return sealedEnvelope;
    }

    public void setSealedEnvelope(boolean sealedEnvelope) {
        this.sealedEnvelope = sealedEnvelope;
    }
}
