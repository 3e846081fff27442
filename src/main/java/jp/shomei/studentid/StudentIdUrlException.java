package jp.shomei.studentid;

/** The one-time URL of the form expired, was replaced or was used before "Application". */
public class StudentIdUrlException extends RuntimeException {

    private final StudentIds.UrlProblem problem;

    StudentIdUrlException(StudentIds.UrlProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public StudentIds.UrlProblem problem() {
        return problem;
    }
}
