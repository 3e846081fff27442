package jp.shomei.order;

import java.util.List;

/**
 * An order as checked against the catalogue, before it is placed: the destination it really takes, why it goes by
 * post if the store was asked for, each certificate at its current fee, and the total to pay.
 */
public record Quote(Long studentRecordId, Long universityId, Destination requestedDestination, Destination destination,
        PostReason postReason, String purpose, String submissionPlace, SubmissionKind submissionKind,
        boolean sealedEnvelope, List<Line> lines) {

    public record Line(CertificateType type, int copies) {

        public int subtotalYen() {
            return type.getFeeYen() * copies;
        }
    }

    public int totalYen() {
        return lines.stream().mapToInt(Line::subtotalYen).sum();
    }

    public int copies() {
        return lines.stream().mapToInt(Line::copies).sum();
    }
}
