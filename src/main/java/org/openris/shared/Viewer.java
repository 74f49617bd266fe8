package org.openris.shared;

/**
 * Who is looking. Every query facade that reads meetings, agenda items, papers, consultations,
 * files or minutes takes a viewer and filters in SQL through the visibility rules; channels
 * (pages, feeds, API) never filter by themselves.
 *
 * <p>So far: the anonymous public and members (council members, appointed citizens, district
 * councillors, deputies). Staff with assignments join with the back office.
 */
public sealed interface Viewer permits Viewer.Anonymous, Viewer.Member {

    /** The public: citizens, press, apps, the OParl API. Sees published public content only. */
    record Anonymous() implements Viewer {
    }

    /**
     * A person holding memberships. What they may see beyond the public is read live from their
     * current memberships (and the meetings they attended as substitutes), so a membership that
     * ends takes effect on the next request.
     */
    record Member(long personId) implements Viewer {
    }

    Viewer ANONYMOUS = new Anonymous();

    static Viewer anonymous() {
        return ANONYMOUS;
    }

    static Viewer member(long personId) {
        return new Member(personId);
    }
}
