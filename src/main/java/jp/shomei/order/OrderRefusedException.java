package jp.shomei.order;

/** An order or a step of it that the rules do not allow; the message key says why, in the user's language. */
public class OrderRefusedException extends RuntimeException {

    private final String messageKey;

    public OrderRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
