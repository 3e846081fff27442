package jp.shomei.directory;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The university's directory could not be asked: the students' sign-in is unavailable, not the password wrong. */
public class DirectoryUnavailableException extends AuthenticationServiceException {

    private final String universityCode;

    public DirectoryUnavailableException(String universityCode, String message, Throwable cause) {
        super(message, cause);
        this.universityCode = universityCode;
    }

    public String getUniversityCode() {
        return universityCode;
    }
}
