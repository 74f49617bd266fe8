package org.openris.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A membership as the back office enters it. {@code mandate} gives the prefix in lists (Rm, sB, sE …),
 * {@code seatCategory} the seat (voting, without vote, advisory, staff representative); the voting
 * right follows from the seat.
 */
public record MembershipData(long personId, long organizationId, MembershipRole role, String mandate, String seatCategory,
                             Long onBehalfOfId, Long substituteForId, String roleLabel, LocalDate start, LocalDate end) {

    public boolean votingRight() {
        return "VOTING_MEMBER".equals(seatCategory);
    }

    public MembershipData from(LocalDate newStart) {
        return new MembershipData(personId, organizationId, role, mandate, seatCategory, onBehalfOfId, substituteForId, roleLabel,
                newStart, end);
    }

    /** The fields as the change log records them. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("personId", personId);
        fields.put("organizationId", organizationId);
        fields.put("role", role);
        fields.put("mandate", mandate);
        fields.put("seatCategory", seatCategory);
        fields.put("votingRight", votingRight());
        fields.put("onBehalfOfId", onBehalfOfId);
        fields.put("substituteForId", substituteForId);
        fields.put("roleLabel", roleLabel);
        fields.put("start", start);
        fields.put("end", end);
        return fields;
    }
}
