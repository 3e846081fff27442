package jp.shomei.registration;

import java.time.YearMonth;

/** The school-record fields an application form shares with others (registration, adding a student ID). */
public interface SchoolRecordFields {

    Long getUniversityId();

    Long getDepartmentId();

    Long getSubjectId();

    Long getDegreeProgramId();

    YearMonth getMatriculation();

    YearMonth getGraduation();

    Long getDocumentTypeId();
}
