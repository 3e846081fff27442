package jp.shomei.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits for identity-document images: bytes per file, pixels in all, shortest and longest side. */
@ConfigurationProperties("shomei.documents")
public record DocumentProperties(@DefaultValue("5242880") long maxBytes, @DefaultValue("40000000") long maxPixels,
        @DefaultValue("10000") int maxSide, @DefaultValue("200") int minSide) {
}
