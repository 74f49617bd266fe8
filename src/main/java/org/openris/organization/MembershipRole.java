package org.openris.organization;

/**
 * The role of a membership in an organization (Funktion in der Mitgliedschaft). The declaration order is
 * the order of attendance lists and member overviews.
 */
public enum MembershipRole {

    /** Vorsitzende/r. */
    CHAIR,

    /** Stellvertretende/r Vorsitzende/r. */
    DEPUTY_CHAIR,

    /** Mitglied. */
    MEMBER,

    /** Stellvertretendes Mitglied (Vertreter/in), substitutes for a member when that member is absent. */
    DEPUTY_MEMBER
}
