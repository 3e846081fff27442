package jp.shomei.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the test profile's port with its demo data and embedded mail server. Every Spring test uses
 * exactly this, so they share one application context (and one mail server port). Its database is H2 in memory, or
 * the embedded PostgreSQL when the tests run on it ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public @interface ShomeiTest {
}
