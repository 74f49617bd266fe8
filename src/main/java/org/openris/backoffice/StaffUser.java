package org.openris.backoffice;

import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.openris.shared.Viewer;

/** A signed-in user with at least one back-office role, as the back-office pages see them. */
public record StaffUser(SignedInUser user, StaffRoles.Assignments roles) {

    public long userId() {
        return user.userId();
    }

    /** The viewer for the query facades: staff see drafts and non-public material of what they manage. */
    public Viewer viewer() {
        return user.viewer();
    }
}
