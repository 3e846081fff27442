package jp.shomei.directory;

/** Where a student stands at the university, as its directory says. Only ENROLLED students use the students' side. */
public enum EnrolmentStatus {
    ENROLLED, ON_LEAVE, GRADUATED, WITHDRAWN, EXPELLED
}
