package jp.shomei.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may scrape the meters at /actuator/prometheus, and how fresh its workload gauges are.
 *
 * @param token a bearer token that may scrape, besides engine users in the group {@value MonitoringSecurityConfig#GROUP};
 *        empty turns token access off
 * @param workloadRefresh how long one reading of the open user tasks serves the scrapes
 */
@ConfigurationProperties("shomei.monitoring")
public record MonitoringProperties(@DefaultValue("") String token, @DefaultValue("30s") Duration workloadRefresh) {

    public boolean tokenAccess() {
        return token != null && !token.isBlank();
    }
}
