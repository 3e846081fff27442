package jp.shomei.email;

public enum EmailChangeStatus {
    /** The URL is on its way to the new address or waiting to be opened. */
    PENDING,
    CHANGED,
    EXPIRED,
    /** A newer request of the same account took its place. */
    REPLACED
}
