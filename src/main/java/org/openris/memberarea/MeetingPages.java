package org.openris.memberarea;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openris.decision.DecisionQueries;
import org.openris.file.FileQueries;
import org.openris.meeting.MeetingQueries;
import org.openris.meeting.MeetingQueries.AgendaItemSummary;
import org.openris.meeting.MeetingQueries.MeetingSummary;
import org.openris.minutes.MinutesQueries;
import org.openris.minutes.MinutesQueries.MinutesSummary;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperQueries.ConsultationSummary;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * Builds the member's meeting page from the facades (four queries for the whole agenda, whatever
 * its length) and records the non-public parts shown in the audit log.
 */
@Component
class MeetingPages {

    private final MeetingQueries meetings;
    private final PaperQueries papers;
    private final FileQueries files;
    private final DecisionQueries decisions;
    private final MinutesQueries minutes;
    private final NonPublicReads reads;

    MeetingPages(MeetingQueries meetings, PaperQueries papers, FileQueries files, DecisionQueries decisions, MinutesQueries minutes,
                 NonPublicReads reads) {
        this.meetings = meetings;
        this.papers = papers;
        this.files = files;
        this.decisions = decisions;
        this.minutes = minutes;
        this.reads = reads;
    }

    Optional<MeetingPage> build(NonPublicReads.Reader reader, long id) {
        Viewer viewer = reader.user().viewer();
        Optional<MeetingSummary> meeting = meetings.findById(viewer, id);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        boolean publicMeeting = meetings.findById(Viewer.anonymous(), id).isPresent();
        Set<Long> publicItems = publicMeeting ? meetings.agenda(Viewer.anonymous(), id).stream().map(AgendaItemSummary::id)
                .collect(Collectors.toSet()) : Set.of();
        OffsetDateTime invitedAt = meetings.invitedAt(viewer, id).orElse(null);
        Map<Long, List<MeetingPage.Document>> itemFiles = group(files.filesOfAgendaItemsOfMeeting(viewer, id), invitedAt);
        Map<Long, List<MeetingPage.Document>> paperFiles = group(files.filesOfPapersInMeeting(viewer, id), invitedAt);
        Map<Long, List<ConsultationSummary>> consultations = papers.consultationsOfMeeting(viewer, id).stream()
                .filter(c -> c.agendaItemId() != null)
                .collect(Collectors.groupingBy(ConsultationSummary::agendaItemId, LinkedHashMap::new, Collectors.toList()));

        List<MeetingPage.Item> agenda = new ArrayList<>();
        for (AgendaItemSummary item : meetings.agenda(viewer, id)) {
            List<MeetingPage.Paper> itemPapers = consultations.getOrDefault(item.id(), List.of()).stream()
                    .map(c -> new MeetingPage.Paper(c.paperId(), c.paperReference(), c.paperName(),
                            c.paperReference() != null && c.paperReference().matches(".*-E[0-9]+"),
                            paperFiles.getOrDefault(c.paperId(), List.of())))
                    .toList();
            agenda.add(new MeetingPage.Item(item, !publicItems.contains(item.id()), depth(item.number()), itemPapers,
                    itemFiles.getOrDefault(item.id(), List.of())));
        }
        List<MeetingPage.Document> documents = files.filesOfMeeting(viewer, id).stream()
                .map(f -> new MeetingPage.Document(f.id(), f.name(), f.fileName(), f.mimeType(), f.size(), f.role(), f.label(),
                        supplement(f.role(), f.attached(), invitedAt)))
                .toList();

        List<MinutesSummary> meetingMinutes = minutes.ofMeeting(viewer, id);

        if (!publicMeeting) {
            reads.record(reader, "meeting", id);
        }
        agenda.stream().filter(MeetingPage.Item::nonPublic).forEach(i -> reads.record(reader, "agenda_item", i.item().id()));
        meetingMinutes.stream().filter(mi -> !mi.publicPart()).forEach(mi -> reads.record(reader, "minutes", mi.id()));
        return Optional.of(new MeetingPage(meeting.get(), !publicMeeting, invitedAt, agenda, documents,
                decisions.ofMeeting(viewer, id), meetingMinutes));
    }

    private static Map<Long, List<MeetingPage.Document>> group(List<FileQueries.OwnedFile> owned, OffsetDateTime invitedAt) {
        return owned.stream().collect(Collectors.groupingBy(FileQueries.OwnedFile::ownerId, LinkedHashMap::new,
                Collectors.mapping(f -> new MeetingPage.Document(f.id(), f.name(), f.fileName(), f.mimeType(), f.size(), f.role(),
                        f.label(), supplement(f.role(), f.attached(), invitedAt)), Collectors.toList())));
    }

    /** Attached after the invitation went out (the invitation itself never is). */
    private static boolean supplement(String role, OffsetDateTime attached, OffsetDateTime invitedAt) {
        return invitedAt != null && attached != null && !"INVITATION".equals(role) && attached.isAfter(invitedAt);
    }

    private static int depth(String number) {
        return number == null ? 0 : (int) number.chars().filter(c -> c == '.').count();
    }
}
