package jp.shomei.order;

/** How the certificates reach the graduate: printed at a convenience store's multi-copy machine, or by post. */
public enum Destination {
    STORE, POST
}
