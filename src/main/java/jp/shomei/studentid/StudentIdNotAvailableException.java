package jp.shomei.studentid;

/** The student ID belongs to an account already, or another application for it is open. */
public class StudentIdNotAvailableException extends RuntimeException {

    StudentIdNotAvailableException() {
        super("The student ID cannot be added");
    }
}
