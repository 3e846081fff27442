package jp.shomei.studentid;

import java.time.Instant;
import java.util.List;
import jp.shomei.retention.ApplicationRetention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Student ID applications' personal data after the decision; the decisions themselves stay as they are. */
@Service
@Transactional
class StudentIdRetention implements ApplicationRetention {

    /** An approval that found the student ID taken meanwhile is final too. */
    private static final List<StudentIdStatus> FINAL = List.of(StudentIdStatus.APPROVED, StudentIdStatus.REJECTED,
            StudentIdStatus.ALREADY_REGISTERED);

    /** Applications that ended without the student ID joining the account. */
    private static final List<StudentIdStatus> CLOSED_WITHOUT_APPROVAL = List.of(StudentIdStatus.REJECTED,
            StudentIdStatus.EXPIRED, StudentIdStatus.REPLACED, StudentIdStatus.ALREADY_REGISTERED);

    private final StudentIdApplicationRepository applications;
    private final StudentIdDocumentRepository documents;

    StudentIdRetention(StudentIdApplicationRepository applications, StudentIdDocumentRepository documents) {
        this.applications = applications;
        this.documents = documents;
    }

    @Override
    public int deleteDocumentImages(Instant decidedBefore, Instant now) {
        List<StudentIdApplication> decided = applications.finallyDecidedBefore(FINAL, decidedBefore);
        for (StudentIdApplication application : decided) {
            documents.deleteAllOf(application.getId());
            application.documentsDeleted(now);
        }
        return decided.size();
    }

    @Override
    public int anonymiseClosed(Instant closedBefore, Instant now) {
        List<StudentIdApplication> closed = applications.closedBefore(CLOSED_WITHOUT_APPROVAL, closedBefore);
        for (StudentIdApplication application : closed) {
            documents.deleteAllOf(application.getId());
            if (application.getDocumentsDeletedAt() == null) {
                application.documentsDeleted(now);
            }
            application.anonymise(now);
        }
        return closed.size();
    }
}
