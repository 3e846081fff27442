package jp.shomei.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks a new password or second password against the configured rules. */
@Component
public class PasswordPolicy {

    private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final PasswordPolicyProperties rules;
    private final Set<String> common;

    PasswordPolicy(PasswordPolicyProperties rules) {
        this.rules = rules;
        this.common = rules.refuseCommon() ? loadCommonPasswords() : Set.of();
    }

    /** Rejects the field for each rule the password breaks. */
    public void check(String password, String field, Errors errors) {
        for (Problem problem : problems(password)) {
            errors.rejectValue(field, problem.code(), problem.arguments(), null);
        }
    }

    /** Whether the password breaks none of the rules with the given message codes. */
    boolean passes(String password, Set<String> codes) {
        return problems(password).stream().noneMatch(problem -> codes.contains(problem.code()));
    }

    List<Problem> problems(String password) {
        List<Problem> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        if (value.length() < rules.minLength()) {
            problems.add(new Problem("password.tooShort", rules.minLength()));
        }
        if (value.length() > rules.maxLength()) {
            problems.add(new Problem("password.tooLong", rules.maxLength()));
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            problems.add(new Problem("password.singleByte"));
        }
        if (rules.mixedCase() && !(value.chars().anyMatch(Character::isUpperCase)
                && value.chars().anyMatch(Character::isLowerCase))) {
            problems.add(new Problem("password.mixedCase"));
        }
        if (common.contains(value.toLowerCase(Locale.ROOT))) {
            problems.add(new Problem("password.common"));
        }
        return problems;
    }

    private static Set<String> loadCommonPasswords() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> line.trim().toLowerCase(Locale.ROOT))
                    .filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is part of the application", e);
        }
    }

    record Problem(String code, Object... arguments) {
    }
}
