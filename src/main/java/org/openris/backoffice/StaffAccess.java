package org.openris.backoffice;

import java.util.function.Predicate;
import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The door of the back office. {@code /verwaltung/**} already needs a completed login (security
 * configuration); this adds the role check, read live per request. A signed-in user without the
 * needed role gets the German 403 page; objects outside their assignments answer 404 through the
 * query facades like everywhere else.
 */
@Component
public class StaffAccess {

    private final StaffRoles roles;

    StaffAccess(StaffRoles roles) {
        this.roles = roles;
    }

    /** Any back-office role. */
    public StaffUser require(SignedInUser user) {
        return require(user, StaffRoles.Assignments::staff);
    }

    /** A back-office role that satisfies {@code allowed}, e.g. {@code a -> a.clerkOf(orgId)}. */
    public StaffUser require(SignedInUser user, Predicate<StaffRoles.Assignments> allowed) {
        StaffRoles.Assignments assignments = roles.of(user.userId());
        if (!assignments.staff() || !allowed.test(assignments)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return new StaffUser(user, assignments);
    }
}
