package org.openris.portal;

import org.openris.shared.PathIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openris.decision.DecisionQueries;
import org.openris.decision.DecisionQueries.FactionPosition;
import org.openris.decision.DecisionQueries.MeetingDecision;
import org.openris.file.FileQueries;
import org.openris.file.FileQueries.OwnedFile;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.AgendaItemSummary;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.minutes.MinutesQueries;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperQueries.ConsultationSummary;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public meeting page {@code /sitzungen/{id}}: a fixed number of queries whatever the agenda's length. */
@Controller
class MeetingController {

    private final MeetingQueries meetings;
    private final PaperQueries papers;
    private final FileQueries files;
    private final DecisionQueries decisions;
    private final MinutesQueries minutes;
    private final UiText text;

    MeetingController(MeetingQueries meetings, PaperQueries papers, FileQueries files, DecisionQueries decisions, MinutesQueries minutes,
                      UiText text) {
        this.meetings = meetings;
        this.papers = papers;
        this.files = files;
        this.decisions = decisions;
        this.minutes = minutes;
        this.text = text;
    }

    @GetMapping("/sitzungen/{id}")
    String meeting(@PathVariable String id, Model model) {
        Viewer viewer = Viewer.anonymous();
        long meetingId = PathIds.required(id);
        MeetingSummary meeting = meetings.findById(viewer, meetingId).orElseThrow(PathIds::notFound);
        Map<Long, List<OwnedFile>> itemFiles = byOwner(files.filesOfAgendaItemsOfMeeting(viewer, meetingId));
        Map<Long, List<OwnedFile>> paperFiles = byOwner(files.filesOfPapersInMeeting(viewer, meetingId));
        Map<Long, List<ConsultationSummary>> consultations = papers.consultationsOfMeeting(viewer, meetingId).stream()
                .filter(c -> c.agendaItemId() != null)
                .collect(Collectors.groupingBy(ConsultationSummary::agendaItemId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<FactionPosition>> positions = decisions.factionPositionsOfMeeting(viewer, meetingId).stream()
                .collect(Collectors.groupingBy(FactionPosition::decisionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<DecisionQueries.RollCallBallot>> ballots = decisions.rollCallOfMeeting(viewer, meetingId).stream()
                .collect(Collectors.groupingBy(DecisionQueries.RollCallBallot::decisionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<MeetingPage.Decision>> itemDecisions = new LinkedHashMap<>();
        for (MeetingDecision d : decisions.ofMeeting(viewer, meetingId)) {
            itemDecisions.computeIfAbsent(d.agendaItemId(), k -> new ArrayList<>())
                    .add(new MeetingPage.Decision(d, positions.getOrDefault(d.id(), List.of()),
                            ballots.getOrDefault(d.id(), List.of())));
        }
        Map<Long, List<org.openris.meeting.MeetingQueries.ItemLink>> links = meetings.linksOfMeeting(viewer, meetingId).stream()
                .collect(Collectors.groupingBy(org.openris.meeting.MeetingQueries.ItemLink::agendaItemId, LinkedHashMap::new, Collectors.toList()));
        List<MeetingPage.Item> agenda = new ArrayList<>();
        for (AgendaItemSummary item : meetings.agenda(viewer, meetingId)) {
            List<MeetingPage.Paper> itemPapers = consultations.getOrDefault(item.id(), List.of()).stream()
                    .map(c -> new MeetingPage.Paper(c, paperFiles.getOrDefault(c.paperId(), List.of()))).toList();
            agenda.add(new MeetingPage.Item(item, itemPapers, itemFiles.getOrDefault(item.id(), List.of()),
                    itemDecisions.getOrDefault(item.id(), List.of()), links.getOrDefault(item.id(), List.of())));
        }
        model.addAttribute("text", text);
        model.addAttribute("page", new MeetingPage(meeting, files.filesOfMeeting(viewer, meetingId), agenda,
                minutes.ofMeeting(viewer, meetingId)));
        return "portal/meeting";
    }

    private static Map<Long, List<OwnedFile>> byOwner(List<OwnedFile> owned) {
        return owned.stream().collect(Collectors.groupingBy(OwnedFile::ownerId, LinkedHashMap::new, Collectors.toList()));
    }
}
