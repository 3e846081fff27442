package jp.shomei.directory;

import java.time.Instant;

/** Whether a university's directory answered when last asked, and if not, why (for administrators only). */
public record DirectoryHealth(String universityCode, String url, boolean up, String problem, Instant checkedAt) {
}
