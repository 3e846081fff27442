package jp.shomei.document;

/** Where a draft's image of one side is: the one last submitted, kept with the application, or a new upload. */
public enum DraftImage {
    SUBMITTED, UPLOADED
}
