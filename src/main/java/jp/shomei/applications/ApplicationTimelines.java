package jp.shomei.applications;

import java.util.List;

/** Each kind of application (registration, later others) tells the applications of an account. */
public interface ApplicationTimelines {

    List<ApplicationView> applicationsOf(Long accountId, String email);
}
