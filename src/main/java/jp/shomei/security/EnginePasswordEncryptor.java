package jp.shomei.security;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff, administrators and analysts are engine users; their passwords get the same Argon2id cost as the
 * graduates' instead of the engine's single salted SHA-512, and share the same bound on hashes at once. Older
 * SHA-512 hashes still verify (the engine keeps that checker), so existing users can sign in and be given new
 * passwords.
 */
class EnginePasswordEncryptor implements PasswordEncryptor {

    private final PasswordEncoder encoder;

    EnginePasswordEncryptor(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String encrypt(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encoder.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return "ARGON2";
    }
}
