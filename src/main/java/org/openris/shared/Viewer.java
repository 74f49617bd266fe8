package org.openris.shared;

/**
 * Who is looking. Every query facade that reads meetings, agenda items, papers, consultations,
 * files or minutes takes a viewer and filters in SQL through the visibility rules; channels
 * (pages, feeds, API) never filter by themselves.
 *
 * <p>Only the anonymous public exists so far; members (with memberships and substitutions) and
 * staff (with assignments) join this sealed hierarchy with the security-model work.
 */
public sealed interface Viewer permits Viewer.Anonymous {

    /** The public: citizens, press, apps, the OParl API. Sees published public content only. */
    record Anonymous() implements Viewer {
    }

    Viewer ANONYMOUS = new Anonymous();

    static Viewer anonymous() {
        return ANONYMOUS;
    }
}
