package org.openris.portal;

import org.openris.shared.PathIds;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.organization.OrganizationQueries;
import org.openris.organization.OrganizationQueries.Member;
import org.openris.organization.OrganizationQueries.OrganizationEntry;
import org.openris.paper.PaperQueries;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /gremien} (grouped overview) and {@code /gremien/{id}} (members, meetings, papers). Hidden = missing (404). */
@Controller
class OrganizationController {

    static final int PAST_MEETINGS = 20;
    /** Key of the leading group of chair and deputy chairs. */
    static final long CHAIR_GROUP = -2L;

    /** Overview groups: message key suffix and the organization kinds they hold. */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("council", List.of("COUNCIL"));
        GROUPS.put("committees", List.of("COMMITTEE"));
        GROUPS.put("districts", List.of("DISTRICT_COUNCIL"));
        GROUPS.put("factions", List.of("FACTION", "GROUP"));
        GROUPS.put("further", List.of("SPECIAL_BODY", "ADVISORY_BOARD", "EXTERNAL_BODY", "PARTY", "OTHER"));
        GROUPS.put("administration", List.of("ADMINISTRATIVE_UNIT"));
    }

    private final OrganizationQueries organizations;
    private final MeetingQueries meetings;
    private final PaperQueries papers;
    private final UiText text;
    private final Clock clock;

    OrganizationController(OrganizationQueries organizations, MeetingQueries meetings, PaperQueries papers, UiText text, Clock clock) {
        this.organizations = organizations;
        this.meetings = meetings;
        this.papers = papers;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/gremien")
    String overview(Model model) {
        List<OrganizationEntry> all = organizations.all(Viewer.anonymous());
        List<OrganizationsPage.Group> groups = new ArrayList<>();
        GROUPS.forEach((key, kinds) -> {
            List<OrganizationEntry> members = all.stream().filter(o -> kinds.contains(o.kind()))
                    .sorted((a, b) -> Boolean.compare(b.active(), a.active())).toList();
            if (!members.isEmpty()) {
                groups.add(new OrganizationsPage.Group(key, members));
            }
        });
        model.addAttribute("text", text);
        model.addAttribute("page", new OrganizationsPage(groups));
        return "portal/organizations";
    }

    @GetMapping("/gremien/{id}")
    String organization(@PathVariable String id, Model model) {
        Viewer viewer = Viewer.anonymous();
        long organizationId = PathIds.required(id);
        OrganizationEntry organization = organizations.all(viewer).stream().filter(o -> o.id() == organizationId).findFirst()
                .orElseThrow(PathIds::notFound);
        List<Member> members = organizations.membersOf(viewer, organizationId);
        boolean faction = "FACTION".equals(organization.kind()) || "GROUP".equals(organization.kind());
        Map<Long, OrganizationPage.MemberGroup> byFaction = new LinkedHashMap<>();
        // the chair and deputy chairs first, as a body presents itself; then the members by faction
        List<Member> chairs = members.stream().filter(m -> "CHAIR".equals(m.role()) || "DEPUTY_CHAIR".equals(m.role())).toList();
        if (!chairs.isEmpty() && !faction) {
            byFaction.put(CHAIR_GROUP, new OrganizationPage.MemberGroup(CHAIR_GROUP, null, new ArrayList<>(chairs)));
        }
        members.stream().filter(m -> faction || !chairs.contains(m))
                .sorted((a, b) -> a.factionName() == null ? (b.factionName() == null ? 0 : 1)
                        : b.factionName() == null ? -1 : a.factionName().compareToIgnoreCase(b.factionName()))
                .forEach(m -> byFaction.computeIfAbsent(faction || m.factionId() == null ? -1L : m.factionId(),
                                k -> new OrganizationPage.MemberGroup(k == -1L ? null : k, k == -1L ? null : m.factionName(), new ArrayList<>()))
                        .members().add(m));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<MeetingSummary> all = meetings.ofOrganization(viewer, organizationId);
        List<MeetingSummary> upcoming = new ArrayList<>(all.stream().filter(m -> !m.startPlanned().isBefore(now)).toList());
        java.util.Collections.reverse(upcoming);
        List<MeetingSummary> past = all.stream().filter(m -> m.startPlanned().isBefore(now)).toList();
        model.addAttribute("text", text);
        model.addAttribute("page", new OrganizationPage(organization, new ArrayList<>(byFaction.values()), members.size(), upcoming,
                past.stream().limit(PAST_MEETINGS).toList(), past.size() > PAST_MEETINGS,
                papers.ofOrganization(viewer, organizationId).stream().filter(Objects::nonNull).limit(30).toList()));
        return "portal/organization";
    }
}
