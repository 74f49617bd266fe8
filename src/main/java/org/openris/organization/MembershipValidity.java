package org.openris.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who belongs to which organization on a given day (Gültigkeit der Mitgliedschaften), and who may
 * substitute for whom (Vertretung). Works on a snapshot of memberships handed in by the caller.
 */
public final class MembershipValidity {

    private static final Comparator<MembershipPeriod> BY_ROLE_THEN_PERSON = Comparator
            .comparing(MembershipPeriod::role)
            .thenComparingLong(MembershipPeriod::personId)
            .thenComparingLong(MembershipPeriod::membershipId);

    private final Map<Long, MembershipPeriod> byId = new LinkedHashMap<>();

    public MembershipValidity(Collection<MembershipPeriod> memberships) {
        if (memberships == null) {
            throw new IllegalArgumentException("Die Liste der Mitgliedschaften fehlt");
        }
        for (MembershipPeriod membership : memberships) {
            if (membership == null) {
                throw new IllegalArgumentException("Die Liste der Mitgliedschaften enthält einen leeren Eintrag");
            }
            if (byId.putIfAbsent(membership.membershipId(), membership) != null) {
                throw new IllegalArgumentException(
                        "Die Mitgliedschaft " + membership.membershipId() + " ist doppelt aufgeführt");
            }
        }
    }

    /** Whether the person holds any membership in the organization on that day, deputy memberships included. */
    public boolean isMember(long personId, long organizationId, LocalDate day) {
        return activeIn(organizationId, day).anyMatch(m -> m.personId() == personId);
    }

    /** The memberships running that day except deputy members, ordered by role and then person. */
    public List<MembershipPeriod> activeMembers(long organizationId, LocalDate day) {
        return activeIn(organizationId, day)
                .filter(m -> !m.isDeputy())
                .sorted(BY_ROLE_THEN_PERSON)
                .toList();
    }

    /**
     * The deputy memberships running that day in the organization that substitute for a membership of the
     * principal in that organization which also runs that day; ordered by person.
     */
    public List<MembershipPeriod> deputiesFor(long principalPersonId, long organizationId, LocalDate day) {
        return activeIn(organizationId, day)
                .filter(MembershipPeriod::isDeputy)
                .filter(deputy -> substitutesForPrincipal(deputy, principalPersonId, organizationId, day))
                .sorted(BY_ROLE_THEN_PERSON)
                .toList();
    }

    /** Whether the deputy person is a deputy of the principal in that organization on that day. */
    public boolean maySubstitute(long deputyPersonId, long principalPersonId, long organizationId, LocalDate day) {
        return deputiesFor(principalPersonId, organizationId, day).stream()
                .anyMatch(deputy -> deputy.personId() == deputyPersonId);
    }

    /** The organizations the person belongs to that day in any role, in ascending id order. */
    public Set<Long> organizationsOf(long personId, LocalDate day) {
        requireDay(day);
        Set<Long> organizations = byId.values().stream()
                .filter(m -> m.personId() == personId && m.activeOn(day))
                .map(MembershipPeriod::organizationId)
                .collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSet(organizations);
    }

    private boolean substitutesForPrincipal(MembershipPeriod deputy, long principalPersonId, long organizationId,
            LocalDate day) {
        if (deputy.substituteForMembershipId() == null) {
            return false;
        }
        MembershipPeriod principal = byId.get(deputy.substituteForMembershipId());
        return principal != null
                && principal.personId() == principalPersonId
                && principal.organizationId() == organizationId
                && principal.activeOn(day);
    }

    private Stream<MembershipPeriod> activeIn(long organizationId, LocalDate day) {
        requireDay(day);
        return byId.values().stream()
                .filter(m -> m.organizationId() == organizationId && m.activeOn(day));
    }

    private static void requireDay(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("Der Stichtag fehlt");
        }
    }
}
