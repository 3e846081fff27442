package jp.shomei.registration;

/** New registration, or re-application by a graduate whose old address can no longer be used (2.4(c)). */
public enum ApplicationType {
    NEW, REAPPLICATION
}
