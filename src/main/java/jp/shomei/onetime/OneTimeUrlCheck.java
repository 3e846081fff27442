package jp.shomei.onetime;

/** What a presented token turned out to be. */
public record OneTimeUrlCheck(Outcome outcome, OneTimeToken token) {

    public enum Outcome {
        VALID, EXPIRED, CONSUMED, UNKNOWN
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}
