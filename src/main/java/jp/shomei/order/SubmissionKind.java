package jp.shomei.order;

/**
 * Where the certificates will be submitted, as far as it decides how they may be issued: the Ministry of Foreign
 * Affairs and embassies refuse certificates printed at a store and take only the university's paper original.
 */
public enum SubmissionKind {
    COMPANY_OR_SCHOOL, PUBLIC_OFFICE, MOFA_OR_EMBASSY, OTHER;

    public boolean needsPaperOriginal() {
        return this == MOFA_OR_EMBASSY;
    }
}
