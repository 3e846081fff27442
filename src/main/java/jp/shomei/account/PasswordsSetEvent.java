package jp.shomei.account;

/** A graduate replaced the initial password with their own two passwords. */
public record PasswordsSetEvent(Long accountId) {
}
