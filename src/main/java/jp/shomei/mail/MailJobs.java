package jp.shomei.mail;

/** What the process models declare for their asynchronous mail steps. */
public final class MailJobs {

    /**
     * The job priority ({@code camunda:jobPriority}) of an asynchronous step that a person is waiting for: a mail
     * answering what they just did (a one-time URL, a notice of their change) or a decision on their application, or
     * the account such a mail follows. Timers, reminders and expiry mails keep the engine's default of 0, so that these
     * go ahead when many timers fall due at once (docs/benchmarks.md, the URL storm).
     */
    public static final long WAITED_FOR_PRIORITY = 10;

    private MailJobs() {
    }
}
