package jp.shomei.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * Shomei's password rules as the engine's password policy, so that every way of setting a staff password (Admin,
 * the REST API, the Java API, the staff page) keeps them. The rules Admin knows show under its own texts; the
 * others under texts that the webapps' settings give in the staff member's language.
 */
public class EnginePasswordPolicy implements org.camunda.bpm.engine.identity.PasswordPolicy {

    public static final String COMMON = "PASSWORD_POLICY_SHOMEI_COMMON";
    public static final String CHARACTERS = "PASSWORD_POLICY_SHOMEI_CHARACTERS";

    private final List<PasswordPolicyRule> rules = new ArrayList<>();

    EnginePasswordPolicy(PasswordPolicy policy, PasswordPolicyProperties properties) {
        rules.add(rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", String.valueOf(properties.minLength())),
                password -> policy.passes(password, Set.of("password.tooShort"))));
        if (properties.mixedCase()) {
            rules.add(rule("PASSWORD_POLICY_UPPERCASE", Map.of("minUpperCase", "1"),
                    password -> password.chars().anyMatch(Character::isUpperCase)));
            rules.add(rule("PASSWORD_POLICY_LOWERCASE", Map.of("minLowerCase", "1"),
                    password -> password.chars().anyMatch(Character::isLowerCase)));
        }
        rules.add(rule(CHARACTERS, Map.of("maxLength", String.valueOf(properties.maxLength())),
                password -> policy.passes(password, Set.of("password.tooLong", "password.singleByte"))));
        rules.add(rule(COMMON, Map.of(), password -> policy.passes(password, Set.of("password.common"))));
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    private static PasswordPolicyRule rule(String placeholder, Map<String, String> parameters,
            Predicate<String> check) {
        return new PasswordPolicyRule() {
            @Override
            public String getPlaceholder() {
                return placeholder;
            }

            @Override
            public Map<String, String> getParameters() {
                return parameters;
            }

            @Override
            public boolean execute(String password) {
                return password != null && check.test(password);
            }
        };
    }
}
