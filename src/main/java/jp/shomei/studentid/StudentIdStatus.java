package jp.shomei.studentid;

/** Where an application to add a student ID stands; it starts when the graduate asks for the one-time URL. */
public enum StudentIdStatus {
    URL_SENT, REPLACED, UNDER_REVIEW, RESUBMISSION_REQUESTED, APPROVED, REJECTED, ALREADY_REGISTERED, EXPIRED;

    public boolean isOpen() {
        return this == URL_SENT || this == UNDER_REVIEW || this == RESUBMISSION_REQUESTED;
    }
}
