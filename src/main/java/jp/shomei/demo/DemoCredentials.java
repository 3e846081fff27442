package jp.shomei.demo;

import java.util.Map;

/** The demo users' passwords, printed in the README; production refuses to start while any of them works. */
public final class DemoCredentials {

    public static final String ADMIN_PASSWORD = "Admin-Demo-2026";
    public static final String STAFF_PASSWORD = "Staff-Demo-2026";
    public static final String ANALYST_PASSWORD = "Analyst-Demo-2026";
    public static final String MANAGER_PASSWORD = "Manager-Demo-2026";
    public static final String MONITOR_PASSWORD = "Monitor-Demo-2026";

    /** Engine user id → its demo password. */
    public static final Map<String, String> ENGINE_USERS = Map.of(
            "admin", ADMIN_PASSWORD,
            "toto-staff", STAFF_PASSWORD,
            "saikyo-staff", STAFF_PASSWORD,
            "analyst", ANALYST_PASSWORD,
            "toto-manager", MANAGER_PASSWORD,
            "monitor", MONITOR_PASSWORD);

    private DemoCredentials() {
    }
}
