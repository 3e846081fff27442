package jp.shomei.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("shomei.account")
public record AccountProperties(@DefaultValue("7d") Duration initialPasswordValidity) {
}
