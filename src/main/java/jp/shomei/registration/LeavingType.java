package jp.shomei.registration;

/** How the applicant left the university: graduate / withdrawal / expulsion. */
public enum LeavingType {
    GRADUATED, WITHDRAWN, EXPELLED
}
