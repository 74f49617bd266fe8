package org.openris.organization;

import java.time.LocalDate;

/**
 * A membership (Mitgliedschaft) of a person in an organization over a period of days.
 *
 * @param membershipId              identifier of this membership
 * @param personId                  the member
 * @param organizationId            the organization (Rat, Ausschuss, Bezirksvertretung, Fraktion ...)
 * @param role                      chair, deputy chair, member or deputy member
 * @param votingRight               whether the member may vote (Stimmrecht)
 * @param substituteForMembershipId for a {@link MembershipRole#DEPUTY_MEMBER}: the membership this deputy
 *                                  substitutes for (persönliche Vertretung), else {@code null}
 * @param start                     first day of the membership
 * @param end                       last day of the membership (inclusive), {@code null} while open-ended
 */
public record MembershipPeriod(
        long membershipId,
        long personId,
        long organizationId,
        MembershipRole role,
        boolean votingRight,
        Long substituteForMembershipId,
        LocalDate start,
        LocalDate end) {

    public MembershipPeriod {
        if (role == null) {
            throw new IllegalArgumentException("Die Funktion der Mitgliedschaft " + membershipId + " fehlt");
        }
        if (start == null) {
            throw new IllegalArgumentException("Der Beginn der Mitgliedschaft " + membershipId + " fehlt");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Das Ende der Mitgliedschaft " + membershipId + " (" + end
                    + ") liegt vor ihrem Beginn (" + start + ")");
        }
        if (substituteForMembershipId != null && role != MembershipRole.DEPUTY_MEMBER) {
            throw new IllegalArgumentException("Nur ein stellvertretendes Mitglied kann Vertretung einer anderen "
                    + "Mitgliedschaft sein (Mitgliedschaft " + membershipId + ")");
        }
        if (substituteForMembershipId != null && substituteForMembershipId == membershipId) {
            throw new IllegalArgumentException("Die Mitgliedschaft " + membershipId + " kann sich nicht selbst vertreten");
        }
    }

    /** Whether the membership runs on {@code day}, counting the first and the last day. */
    public boolean activeOn(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("Der Stichtag fehlt");
        }
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public boolean isDeputy() {
        return role == MembershipRole.DEPUTY_MEMBER;
    }
}
