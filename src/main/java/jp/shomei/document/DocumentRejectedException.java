package jp.shomei.document;

/** An uploaded image was refused; the code names the message that tells the applicant why. */
public class DocumentRejectedException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    DocumentRejectedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments;
    }
}
