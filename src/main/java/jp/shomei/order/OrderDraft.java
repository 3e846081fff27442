package jp.shomei.order;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order being put together, step by step, in the graduate's session; nothing in it is trusted: every step and
 * the order itself check it again against the account and the catalogue.
 */
public class OrderDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long studentRecordId;
    private Destination destination;
    private final Map<Long, Integer> copies = new LinkedHashMap<>();
    private String purpose;
    private String submissionPlace;
    private SubmissionKind submissionKind;
    private boolean sealedEnvelope;
    private PaymentMethod paymentMethod;
    private String orderToken;

    public OrderDraft(Long studentRecordId, Destination destination) {
        this.studentRecordId = studentRecordId;
        this.destination = destination;
    }

    public Long getStudentRecordId() {
        return studentRecordId;
    }

    public Destination getDestination() {
        return destination;
    }

    public Map<Long, Integer> getCopies() {
        return copies;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
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

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getOrderToken() {
        return orderToken;
    }

    public void setOrderToken(String orderToken) {
        this.orderToken = orderToken;
    }

    public boolean purposeGiven() {
        return purpose != null && submissionPlace != null && submissionKind != null;
    }
}
