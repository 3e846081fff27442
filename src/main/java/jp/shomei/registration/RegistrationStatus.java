package jp.shomei.registration;

public enum RegistrationStatus {
    /** The one-time URL is on its way or waiting to be opened. */
    URL_SENT,
    UNDER_REVIEW,
    RESUBMISSION_REQUESTED,
    APPROVED,
    REJECTED,
    EXPIRED
}
