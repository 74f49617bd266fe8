package org.openris.backoffice.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openris.meeting.AttendanceQueries.Member;
import org.openris.meeting.AttendanceRecording;

/**
 * The members of a meeting arranged like the attendance list of the minutes: voting members by
 * faction, then members without vote and advisory members; each with the deputies who may stand
 * in for them.
 */
public record AttendanceSheet(List<Group> groups, List<Member> deputies) {

    public record Group(String categoryKey, String faction, List<Row> rows) {
    }

    public record Row(Member member, List<Member> eligibleDeputies) {
    }

    static AttendanceSheet of(List<Member> members) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Member> deputies = members.stream().filter(Member::deputy).toList();
        for (Member m : members) {
            if (m.deputy()) {
                continue;
            }
            String faction = "VOTING_MEMBER".equals(m.category()) ? m.factionName() : null;
            groups.computeIfAbsent(m.category() + "|" + (faction == null ? "" : faction),
                            k -> new Group(m.category(), faction, new ArrayList<>()))
                    .rows().add(new Row(m, AttendanceRecording.eligibleDeputies(m, members)));
        }
        List<Group> ordered = new ArrayList<>();
        for (String category : List.of("VOTING_MEMBER", "MEMBER_WITHOUT_VOTE", "ADVISORY_MEMBER", "STAFF_REPRESENTATIVE")) {
            groups.values().stream().filter(g -> g.categoryKey().equals(category)).forEach(ordered::add);
        }
        return new AttendanceSheet(ordered, deputies);
    }
}
