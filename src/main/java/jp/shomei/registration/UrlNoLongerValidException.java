package jp.shomei.registration;

import jp.shomei.onetime.OneTimeUrlCheck;

/** The one-time URL stopped working between opening the form and submitting it. */
public class UrlNoLongerValidException extends RuntimeException {

    private final OneTimeUrlCheck.Outcome outcome;

    UrlNoLongerValidException(OneTimeUrlCheck.Outcome outcome) {
        super("One-time URL is " + outcome);
        this.outcome = outcome;
    }

    public OneTimeUrlCheck.Outcome outcome() {
        return outcome;
    }
}
