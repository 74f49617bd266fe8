package org.openris.identity;

import java.io.Serializable;
import org.openris.shared.Viewer;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a completed login (password and second factor). Carries ids only: what the
 * user may see is read live from memberships and roles on every request, so it cannot go stale.
 */
public record SignedInUser(long userId, String username, String displayName, Long personId)
        implements Serializable, AuthenticatedPrincipal {

    /** The session index key (Spring Session's principal name): stable and short. */
    @Override
    public String getName() {
        return "user:" + userId;
    }

    /** The viewer handed to the query facades. */
    public Viewer viewer() {
        return Viewer.user(userId, personId);
    }
}
