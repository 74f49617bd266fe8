package org.openris.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second login step: a TOTP code from the user's authenticator app, or one of their recovery
 * codes. Mandatory for every account (members and staff): an account without a confirmed secret
 * enrols before its first session starts.
 */
@Service
class SecondFactor {

    static final String ISSUER = "OpenRIS";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TotpCodes totp = new TotpCodes();

    SecondFactor(JdbcClient jdbc, Accounts accounts, LoginThrottle throttle, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fresh secret for enrolment; it is stored only once the user has typed a matching code. */
    String newSecret() {
        return TotpCodes.newSecret(random);
    }

    String enrolmentQrCode(String username, String secret) {
        return QrCodeSvg.of(TotpCodes.otpauthUri(ISSUER, username, secret), "QR-Code für die Authenticator-App");
    }

    /** Confirms enrolment with a code for the new secret; returns the recovery codes to show once, or empty on a wrong code. */
    @Transactional
    List<String> confirmEnrolment(long userId, String secret, String typed, String address) {
        String key = "user:" + userId;
        if (throttle.refuses(LoginChannel.SECOND_FACTOR, key, address)) {
            return List.of();
        }
        OptionalLong step = totp.acceptedStep(secret, typed, clock.instant(), Long.MIN_VALUE);
        throttle.record(LoginChannel.SECOND_FACTOR, key, address, step.isPresent());
        if (step.isEmpty()) {
            audit.record(userId, address, AuditTrail.Action.SECOND_FACTOR_FAILED, null, null, "enrolment");
            return List.of();
        }
        jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_confirmed_at = ?, totp_last_step = ? WHERE id = ?")
                .params(secret, OffsetDateTime.now(clock), step.getAsLong(), userId).update();
        List<String> codes = renewRecoveryCodes(userId);
        audit.record(userId, address, AuditTrail.Action.SECOND_FACTOR_ENROLLED, null, null, null);
        return codes;
    }

    /** Checks a TOTP code or a recovery code for a user whose password was accepted. */
    @Transactional
    LoginOutcome verify(long userId, String typed, String address) {
        String key = "user:" + userId;
        if (throttle.refuses(LoginChannel.SECOND_FACTOR, key, address)) {
            audit.record(userId, address, AuditTrail.Action.LOGIN_THROTTLED, null, null, "second factor");
            return new LoginOutcome.Throttled();
        }
        Accounts.Account account = accounts.findById(userId).filter(Accounts.Account::enabled).orElse(null);
        boolean accepted = account != null && (acceptsTotp(userId, typed) || acceptsRecoveryCode(userId, typed, address));
        throttle.record(LoginChannel.SECOND_FACTOR, key, address, accepted);
        if (!accepted) {
            audit.record(userId, address, AuditTrail.Action.SECOND_FACTOR_FAILED, null, null, null);
            return new LoginOutcome.Rejected();
        }
        return new LoginOutcome.Accepted(account);
    }

    /** Replaces all unused recovery codes by ten new ones. */
    @Transactional
    List<String> renewRecoveryCodes(long userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE recovery_code SET deleted_at = ? WHERE user_id = ? AND deleted_at IS NULL AND used_at IS NULL")
                .params(now, userId).update();
        List<String> codes = RecoveryCodes.generate(random);
        for (String code : codes) {
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)").params(userId, RecoveryCodes.hash(code)).update();
        }
        return codes;
    }

    int unusedRecoveryCodes(long userId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL AND deleted_at IS NULL")
                .param(userId).query(Integer.class).single();
    }

    private boolean acceptsTotp(long userId, String typed) {
        var stored = jdbc.sql("SELECT totp_secret, coalesce(totp_last_step, 0) AS last_step FROM app_user"
                        + " WHERE id = ? AND totp_confirmed_at IS NOT NULL FOR NO KEY UPDATE")
                .param(userId).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional();
        if (stored.isEmpty()) {
            return false;
        }
        OptionalLong step = totp.acceptedStep((String) stored.get()[0], typed, clock.instant(), (Long) stored.get()[1]);
        step.ifPresent(s -> jdbc.sql("UPDATE app_user SET totp_last_step = ? WHERE id = ?").params(s, userId).update());
        return step.isPresent();
    }

    private boolean acceptsRecoveryCode(long userId, String typed, String address) {
        if (!RecoveryCodes.looksLikeOne(typed)) {
            return false;
        }
        int used = jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL AND deleted_at IS NULL")
                .params(OffsetDateTime.now(clock), userId, RecoveryCodes.hash(typed)).update();
        if (used > 0) {
            audit.record(userId, address, AuditTrail.Action.RECOVERY_CODE_USED, null, null, unusedRecoveryCodes(userId) + " left");
        }
        return used > 0;
    }
}
