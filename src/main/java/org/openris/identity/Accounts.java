package org.openris.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: creating them (back office, demo, tests), setting passwords, linking a person.
 * Passwords are stored with the delegating encoder (BCrypt by default, "{bcrypt}…").
 */
@Service
public class Accounts {

    /** A stored account as the login needs it. */
    public record Account(long id, String username, String displayName, String email, Long personId,
                          String passwordHash, boolean enabled, boolean secondFactorConfirmed) {

        SignedInUser signedIn() {
            return new SignedInUser(id, username, displayName, personId);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates an account; the password must satisfy {@link PasswordPolicy}. The second factor is
     * enrolled at the first login.
     */
    @Transactional
    public long create(String username, String displayName, String email, Long personId, String password) {
        List<String> problems = PasswordPolicy.problems(password, username);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return jdbc.sql("""
                        INSERT INTO app_user (username, display_name, email, person_id, password_hash, password_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username.strip(), displayName, email, personId, passwords.encode(password), OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    /** Grants a role (ADMINISTRATOR, CLERK, AUTHOR, FACTION_OFFICE, MEMBER), with its organization where the role needs one. */
    @Transactional
    public void grantRole(long userId, String role, Long organizationId) {
        jdbc.sql("INSERT INTO user_role (user_id, role, organization_id) VALUES (?, ?, ?)")
                .params(userId, role, organizationId).update();
    }

    public Optional<Account> findByUsername(String typed) {
        return jdbc.sql(SELECT + " WHERE lower(u.username) = ? AND u.deleted_at IS NULL")
                .param(AccountKey.of(typed)).query(Accounts::account).optional();
    }

    public Optional<Account> findById(long userId) {
        return jdbc.sql(SELECT + " WHERE u.id = ? AND u.deleted_at IS NULL").param(userId).query(Accounts::account).optional();
    }

    /** Accounts with this e-mail address (case-insensitive); used by the password reset. */
    public List<Account> findByEmail(String email) {
        return jdbc.sql(SELECT + " WHERE lower(u.email) = lower(?) AND u.deleted_at IS NULL AND u.enabled")
                .param(email == null ? "" : email.strip()).query(Accounts::account).list();
    }

    /** What decides whether a signed-in session may go on (see {@link SessionValidity}). */
    public record SessionState(boolean active, java.time.Instant passwordChangedAt) {
    }

    /** The account's state for its sessions; empty when it no longer exists. */
    public Optional<SessionState> sessionState(long userId) {
        return jdbc.sql("SELECT enabled AND deleted_at IS NULL AS active, password_changed_at FROM app_user WHERE id = ?").param(userId)
                .query((rs, n) -> {
                    OffsetDateTime changed = rs.getObject("password_changed_at", OffsetDateTime.class);
                    return new SessionState(rs.getBoolean("active"), changed == null ? null : changed.toInstant());
                }).optional();
    }

    /** Sets a new password (already checked against the policy by the caller's form). */
    @Transactional
    public void changePassword(long userId, String password) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = ? WHERE id = ?")
                .params(passwords.encode(password), OffsetDateTime.now(clock), userId).update();
    }

    @Transactional
    void recordLogin(long userId) {
        jdbc.sql("UPDATE app_user SET previous_login_at = last_login_at, last_login_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(clock), userId).update();
    }

    /** When the user signed in before the current session (the "new since my last visit" mark), if ever. */
    public Optional<OffsetDateTime> previousLogin(long userId) {
        List<OffsetDateTime> found = jdbc.sql("SELECT previous_login_at FROM app_user WHERE id = ?").param(userId)
                .query(OffsetDateTime.class).list();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.email, u.person_id, u.password_hash, u.enabled,
                   u.totp_confirmed_at IS NOT NULL AS second_factor_confirmed
            FROM app_user u""";

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getObject("person_id", Long.class), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getBoolean("second_factor_confirmed"));
    }
}
