package org.openris.backoffice.meetings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.decision.ItemRecordQueries;
import org.openris.decision.ItemRecordQueries.Item;
import org.openris.decision.ItemRecording;
import org.openris.decision.QuorumPolicy;
import org.openris.decision.VotePhrasing;
import org.openris.identity.SignedInUser;
import org.openris.meeting.AttendanceQueries;
import org.openris.shared.GermanFormats;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One agenda item during the meeting (issue 7): status, discussion with a speaker picker, outcome,
 * recommendation target, resolution text, vote with faction positions, recusals with the quorum
 * check, follow-up. Post/Redirect/Get; a rejection re-renders with the message next to the field.
 */
@Controller
class ItemRecordController {

    private final MeetingsAccess access;
    private final ItemRecordQueries queries;
    private final ItemRecording recording;
    private final AttendanceQueries attendance;
    private final ChangeLog changes;
    private final TransactionTemplate transaction;
    private final UiText text;
    private final org.openris.meeting.AgendaBuilding builder;
    private final org.openris.meeting.MeetingPlanQueries plans;
    private final MeetingDesk desk;
    private final org.openris.file.FileQueries files;
    private final long maxUpload;

    private final org.openris.meeting.MeetingQueries meetings;

    ItemRecordController(MeetingsAccess access, ItemRecordQueries queries, ItemRecording recording, AttendanceQueries attendance,
                         ChangeLog changes, TransactionTemplate transaction, UiText text, org.openris.meeting.AgendaBuilding builder,
                         org.openris.meeting.MeetingPlanQueries plans, MeetingDesk desk, org.openris.file.FileQueries files,
                         org.openris.meeting.MeetingQueries meetings,
                         @org.springframework.beans.factory.annotation.Value("${ris.upload.max-attachment-size:50MB}")
                         org.springframework.util.unit.DataSize maxUpload) {
        this.files = files;
        this.meetings = meetings;
        this.maxUpload = maxUpload.toBytes();
        this.builder = builder;
        this.plans = plans;
        this.desk = desk;
        this.access = access;
        this.queries = queries;
        this.recording = recording;
        this.attendance = attendance;
        this.changes = changes;
        this.transaction = transaction;
        this.text = text;
    }

    @GetMapping("/verwaltung/tagesordnungspunkte/{id}")
    String form(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, Model model) {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        @SuppressWarnings("unchecked")
        Map<String, String> attachmentErrors = (Map<String, String>) model.asMap().get(ItemAttachmentController.ERRORS);
        return page(staff, csrf, item, recorded(staff, item), attachmentErrors == null ? Map.of() : attachmentErrors, model);
    }

    @PostMapping("/verwaltung/tagesordnungspunkte/{id}")
    String save(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        Map<String, String> errors = new LinkedHashMap<>();
        ItemRecording.ItemRecord record = parse(staff, item, form, errors);
        if (!errors.isEmpty()) {
            return page(staff, csrf, item, form, errors, model);
        }
        ItemRecording.Result result = transaction.execute(status -> {
            ItemRecording.Result r = recording.record(staff.viewer(), item.id(), record);
            if (!r.ok()) {
                status.setRollbackOnly();
                return r;
            }
            changes.record(staff, "meeting", item.meetingId(), "item", "TOP " + item.number() + " protokolliert", Map.of(), r.after());
            return r;
        });
        if (!result.ok()) {
            return page(staff, csrf, item, form, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get("conduct.item.saved", item.number()));
        return "redirect:/verwaltung/tagesordnungspunkte/" + item.id();
    }

    @PostMapping("/verwaltung/tagesordnungspunkte/{id}/reihenfolge")
    String treatBefore(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        org.openris.meeting.MeetingCommandResult result = desk.run(staff, () -> builder.treatBefore(item.meetingId(), item.id(),
                FormValues.id(form, "before")));
        if (!result.ok()) {
            return page(staff, csrf, item, recorded(staff, item), result.errors(), model);
        }
        redirect.addFlashAttribute("notice", text.get("conduct.item.treatBefore.saved"));
        return "redirect:/verwaltung/tagesordnungspunkte/" + item.id();
    }

    private Item item(StaffUser staff, String id) {
        long itemId = PathIds.required(id);
        return queries.item(staff.viewer(), itemId).filter(i -> access.plans(staff, i.organizationId())).orElseThrow(PathIds::notFound);
    }

    private ItemRecording.ItemRecord parse(StaffUser staff, Item item, Map<String, String> form, Map<String, String> errors) {
        VotePhrasing.Kind kind = enumValue(VotePhrasing.Kind.class, form.get("voteKind"), "voteKind", errors);
        boolean rollCall = kind == VotePhrasing.Kind.ROLL_CALL;
        // a roll call derives majority, counts and faction positions from the ballots
        VotePhrasing.Majority majority = rollCall ? null
                : enumValue(VotePhrasing.Majority.class, FormValues.text(form, "majority"), "majority", errors);
        Integer yes = rollCall ? null : count(form, "yes", errors);
        Integer no = rollCall ? null : count(form, "no", errors);
        Integer abstain = rollCall ? null : count(form, "abstain", errors);
        Map<Long, VotePhrasing.Position> positions = new HashMap<>();
        for (ItemRecordQueries.Choice faction : rollCall ? List.<ItemRecordQueries.Choice>of() : queries.factions(staff.viewer(), item.id())) {
            String value = FormValues.text(form, "faction-" + faction.id());
            if (value != null) {
                VotePhrasing.Position position = enumValue(VotePhrasing.Position.class, value, "voteKind", errors);
                if (position != null) {
                    positions.put(faction.id(), position);
                }
            }
        }
        Set<Long> recused = new HashSet<>();
        form.forEach((key, value) -> {
            if (key.startsWith("recused-")) {
                Long person = org.openris.shared.PathIds.parse(key.substring("recused-".length()));
                if (person != null) {
                    recused.add(person);
                }
            }
        });
        Map<Long, VotePhrasing.Ballot> ballots = new HashMap<>();
        if (rollCall) {
            for (ItemRecordQueries.Voter voter : queries.presentVoters(staff.viewer(), item.id())) {
                VotePhrasing.Ballot ballot = enumValue(VotePhrasing.Ballot.class, FormValues.text(form, "ballot-" + voter.personId()), "ballots", errors);
                // a member recused at this item is out of the vote, whatever was ticked for them
                if (ballot != null && !recused.contains(voter.personId())) {
                    ballots.put(voter.personId(), ballot);
                }
            }
        }
        java.time.LocalDate due = FormValues.date(form, "followUpDue");
        if (due == null && FormValues.text(form, "followUpDue") != null) {
            errors.put("followUpDue", "conduct.item.error.date");
        }
        return new ItemRecording.ItemRecord(form.get("status"), form.get("minutesText"), FormValues.text(form, "outcome"),
                FormValues.id(form, "recommendedTo"), form.get("resolutionText"), kind, majority, yes, no, abstain, positions, recused,
                new ItemRecording.FollowUp(FormValues.text(form, "followUpDescription"), due, FormValues.id(form, "followUpUnit")),
                "CO_SIGNER".equals(item.templateKey()) ? FormValues.id(form, "coSigner") : null, ballots);
    }

    /** The form values as recorded; a new item is "treated" with the default recommendation target. */
    private Map<String, String> recorded(StaffUser staff, Item item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", "SCHEDULED".equals(item.status()) ? "TREATED" : item.status());
        // the discussion as typed; items recorded before (or elsewhere) start from their text in the minutes – except
        // TOP 1.1–1.3, whose text is composed from the meeting (saving it back as discussion would print it twice)
        boolean composedOnly = Set.of("CO_SIGNER", "PARTICIPATION_BAN", "AGENDA_CONFIRMATION").contains(String.valueOf(item.templateKey()));
        values.put("minutesText", item.discussion() != null ? item.discussion()
                : composedOnly || item.minutesText() == null ? "" : item.minutesText());
        queries.decision(staff.viewer(), item.id()).ifPresentOrElse(d -> {
            values.put("outcome", d.outcome());
            values.put("recommendedTo", d.recommendedToOrganizationId() == null ? "" : d.recommendedToOrganizationId().toString());
            values.put("resolutionText", d.resolutionText() == null ? "" : d.resolutionText());
            values.put("voteKind", d.voteKind());
            values.put("majority", d.majority() == null ? "" : d.majority());
            values.put("yes", d.yesCount() == null ? "" : d.yesCount().toString());
            values.put("no", d.noCount() == null ? "" : d.noCount().toString());
            values.put("abstain", d.abstainCount() == null ? "" : d.abstainCount().toString());
        }, () -> {
            values.put("voteKind", "NONE");
            values.put("recommendedTo", queries.nextOnPath(staff.viewer(), item.id()).map(String::valueOf).orElse(""));
        });
        queries.factionPositions(staff.viewer(), item.id()).forEach(f -> values.put("faction-" + f.factionId(), f.position()));
        values.put("coSigner", item.coSignerPersonId() == null ? "" : item.coSignerPersonId().toString());
        queries.recused(staff.viewer(), item.id()).forEach(p -> values.put("recused-" + p, "on"));
        queries.ballots(staff.viewer(), item.id()).forEach(b -> values.put("ballot-" + b.personId(), b.ballot()));
        queries.followUp(staff.viewer(), item.id()).ifPresent(f -> {
            values.put("followUpDescription", f.description());
            values.put("followUpDue", f.dueDate() == null ? "" : GermanFormats.date(f.dueDate()));
            values.put("followUpUnit", f.responsibleOrganizationId() == null ? "" : f.responsibleOrganizationId().toString());
        });
        return values;
    }

    private String page(StaffUser staff, CsrfToken csrf, Item item, Map<String, String> form, Map<String, String> errors, Model model) {
        List<ItemRecordQueries.Voter> voters = queries.presentVoters(staff.viewer(), item.id());
        int recused = (int) queries.recused(staff.viewer(), item.id()).stream().filter(p -> voters.stream().anyMatch(v -> v.personId() == p)).count();
        int seats = queries.votingSeats(staff.viewer(), item.id());
        QuorumPolicy.Result quorum = seats == 0 ? null : QuorumPolicy.check(new QuorumPolicy.Count(seats, voters.size(), recused));
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("item", item);
        model.addAttribute("voters", voters);
        model.addAttribute("speakers", attendance.members(staff.viewer(), item.meetingId()).stream()
                .filter(AttendanceQueries.Member::present)
                .map(m -> m.label() + (m.factionName() != null && "VOTING_MEMBER".equals(m.category()) ? " (" + m.factionName() + ")" : ""))
                .toList());
        model.addAttribute("others", attendance.others(staff.viewer(), item.meetingId()).stream().map(AttendanceQueries.Other::line).toList());
        model.addAttribute("factions", queries.factions(staff.viewer(), item.id()));
        model.addAttribute("targets", queries.recommendationTargets(staff.viewer(), item.id()));
        model.addAttribute("units", queries.units(staff.viewer(), item.id()));
        model.addAttribute("quorum", quorum);
        model.addAttribute("otherItems", plans.agenda(staff.viewer(), item.meetingId()).stream()
                .filter(i -> !i.heading() && i.id() != item.id()).toList());
        model.addAttribute("phrase", phrase(staff, item));
        int[] tally = new int[4];
        for (ItemRecordQueries.Voter v : voters) {
            String cast = form.get("ballot-" + v.personId());
            for (VotePhrasing.Ballot b : VotePhrasing.Ballot.values()) {
                if (b.name().equals(cast) && !form.containsKey("recused-" + v.personId())) {
                    tally[b.ordinal()]++;
                }
            }
        }
        model.addAttribute("tally", tally);
        model.addAttribute("form", new LinkedHashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("attachments", files.filesOfAgendaItem(staff.viewer(), item.id()));
        model.addAttribute("links", meetings.linksOfMeeting(staff.viewer(), item.meetingId()).stream()
                .filter(l -> l.agendaItemId() == item.id()).toList());
        model.addAttribute("maxUploadMegabytes", maxUpload / (1024 * 1024));
        model.addAttribute("open", !item.cancelled() && ("INVITED".equals(item.meetingState()) || "HELD".equals(item.meetingState())));
        return "backoffice/meetings/item-record";
    }

    /** The saved vote as the minutes will phrase it ("einstimmig, bei Enthaltung der FDP-Fraktion"), or null. */
    private String phrase(StaffUser staff, Item item) {
        return queries.decision(staff.viewer(), item.id()).filter(d -> !"NONE".equals(d.voteKind())).map(d -> {
            List<VotePhrasing.FactionPosition> factions = queries.factionPositions(staff.viewer(), item.id()).stream()
                    .map(f -> new VotePhrasing.FactionPosition(f.factionName(), VotePhrasing.Position.valueOf(f.position()))).toList();
            if ("ROLL_CALL".equals(d.voteKind())) {
                Map<Long, String> ballots = new HashMap<>();
                queries.ballots(staff.viewer(), item.id()).forEach(b -> ballots.put(b.personId(), b.ballot()));
                List<VotePhrasing.NamedBallot> named = queries.presentVoters(staff.viewer(), item.id()).stream()
                        .filter(v -> ballots.containsKey(v.personId()))
                        .map(v -> new VotePhrasing.NamedBallot(v.label(), VotePhrasing.Ballot.valueOf(ballots.get(v.personId())))).toList();
                if (!named.isEmpty()) {
                    return VotePhrasing.phrase(VotePhrasing.Vote.rollCall(named, factions)).atEnd();
                }
            }
            return VotePhrasing.phrase(new VotePhrasing.Vote(VotePhrasing.Kind.valueOf(d.voteKind()),
                    d.majority() == null ? null : VotePhrasing.Majority.valueOf(d.majority()), d.yesCount(), d.noCount(), d.abstainCount(),
                    factions)).atEnd();
        }).filter(p -> !p.isBlank()).orElse(null);
    }

    private static Integer count(Map<String, String> form, String field, Map<String, String> errors) {
        String value = FormValues.text(form, field);
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,4}")) {
            errors.put(field, "conduct.item.error.count");
            return null;
        }
        return Integer.valueOf(value);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException ex) {
            errors.put(field, "conduct.item.error.choice");
            return null;
        }
    }
}
