package jp.shomei.applications;

import java.time.ZonedDateTime;

/** A step of an application: its label (a message key), when it happened, and what staff said, if anything. */
public record StepView(String labelKey, ZonedDateTime at, String detail) {
}
