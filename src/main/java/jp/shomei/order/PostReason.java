package jp.shomei.order;

/** Why an order goes by post although the store was chosen; shown to the graduate. */
public enum PostReason {
    PAPER_ORIGINAL, SEALED_ENVELOPE
}
