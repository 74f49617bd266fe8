package org.openris.backoffice;

import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the frame of a back-office page after the role check. */
@Component
public class BackofficePages {

    private final StaffAccess access;
    private final BackofficeSections sections;

    BackofficePages(StaffAccess access, BackofficeSections sections) {
        this.access = access;
        this.sections = sections;
    }

    /** For a page any staff member may open. */
    public BackofficePage frame(SignedInUser user, String current, CsrfToken csrf) {
        return frame(access.require(user), current, csrf);
    }

    /** For a page whose role check the caller did already (see {@link StaffAccess#require(SignedInUser, java.util.function.Predicate)}). */
    public BackofficePage frame(StaffUser staff, String current, CsrfToken csrf) {
        return new BackofficePage(staff, sections.openTo(staff.roles()), current, csrf);
    }

    public StaffUser require(SignedInUser user, java.util.function.Predicate<StaffRoles.Assignments> allowed) {
        return access.require(user, allowed);
    }
}
