package jp.shomei.document;

import java.time.Instant;

/** The application's identity-document images were deleted when their retention period ended. */
public class DocumentsDeletedException extends RuntimeException {

    private final Instant deletedAt;

    public DocumentsDeletedException(Instant deletedAt) {
        super("Identity-document images deleted at " + deletedAt);
        this.deletedAt = deletedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
