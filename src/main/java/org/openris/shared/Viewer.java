package org.openris.shared;

/**
 * Who is looking. Every query facade that reads meetings, agenda items, papers, consultations,
 * files or minutes takes a viewer and filters in SQL through the visibility rules; channels
 * (pages, feeds, API) never filter by themselves.
 *
 * <p>A viewer carries ids only. What it may see beyond the public is read live in the same SQL
 * from memberships (members) and role assignments (staff), so a viewer can never be stale: a
 * membership that ends or a role that is revoked takes effect on the next request.
 */
public sealed interface Viewer permits Viewer.Anonymous, Viewer.Member, Viewer.User {

    /** The public: citizens, press, apps, the OParl API. Sees published public content only. */
    record Anonymous() implements Viewer {
    }

    /**
     * A person holding memberships (council members, appointed citizens, district councillors,
     * deputies), without regard to an account. What they may see beyond the public is read live
     * from their current memberships (and the meetings they attended as substitutes).
     */
    record Member(long personId) implements Viewer {
    }

    /**
     * A signed-in account ({@code app_user}). Its staff roles (administrator, council office,
     * department author, faction office) are read live from {@code user_role}; if the account
     * belongs to a person ({@code personId}, may be null) it also sees what that person's
     * memberships entitle them to. The grants add up.
     */
    record User(long userId, Long personId) implements Viewer {
    }

    Viewer ANONYMOUS = new Anonymous();

    static Viewer anonymous() {
        return ANONYMOUS;
    }

    static Viewer member(long personId) {
        return new Member(personId);
    }

    /** The viewer of a signed-in account: its id and, for members, the person it belongs to (or null). */
    static Viewer user(long userId, Long personId) {
        return new User(userId, personId);
    }
}
