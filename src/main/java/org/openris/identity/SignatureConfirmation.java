package org.openris.identity;

import org.springframework.stereotype.Service;

/**
 * Confirms an electronic signature (the minutes, issue 7) with a fresh second factor: a current
 * TOTP code (never one used before) or a recovery code of the signed-in account, throttled and
 * audited like the login step. A session alone is not enough to sign: a tablet left open in the
 * council chamber must not sign minutes.
 */
@Service
public class SignatureConfirmation {

    private final SecondFactor secondFactor;
    private final AuditTrail audit;

    SignatureConfirmation(SecondFactor secondFactor, AuditTrail audit) {
        this.secondFactor = secondFactor;
        this.audit = audit;
    }

    /** Whether {@code code} confirms the signature of {@code objectType} {@code objectId} by the account. */
    public boolean confirms(SignedInUser user, String code, String address, String objectType, long objectId) {
        boolean accepted = secondFactor.verify(user.userId(), code, address) instanceof LoginOutcome.Accepted;
        if (accepted) {
            audit.record(user.userId(), address, AuditTrail.Action.SIGNATURE_CONFIRMED, objectType, objectId, null);
        }
        return accepted;
    }
}
