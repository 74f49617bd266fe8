package org.openris.memberarea;

import org.openris.identity.AuditTrail;
import org.openris.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Records in the audit log every read of something the public may not see: a non-public meeting or
 * agenda item shown, a non-public paper or document opened or downloaded. "Non-public" is decided by
 * the same gate as everything else: the object is not visible to the anonymous viewer.
 */
@Component
class NonPublicReads {

    private final AuditTrail audit;

    NonPublicReads(AuditTrail audit) {
        this.audit = audit;
    }

    void record(Reader reader, String objectType, long objectId) {
        audit.nonPublicRead(reader.user(), reader.address(), objectType, objectId);
    }

    /** Who reads, and from which address (for the audit log). */
    record Reader(SignedInUser user, String address) {
    }
}
