package org.openris.backoffice.meetings;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openris.backoffice.StaffUser;
import org.openris.file.FileQueries;
import org.openris.file.FileStore;
import org.openris.file.SafeFileName;
import org.openris.identity.ClientAddress;
import org.openris.identity.SignatureConfirmation;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingCommandResult;
import org.openris.meeting.MeetingPlanQueries.PlannedMeeting;
import org.openris.minutes.MinutesApproval;
import org.openris.minutes.MinutesDrafting;
import org.openris.minutes.MinutesSigning;
import org.openris.minutes.MinutesWorkQueries;
import org.openris.minutes.SignerChoices;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes of a meeting in the council office (issue 7): generate the drafts of the public and
 * the non-public part from the record, edit them (a save that meets a newer revision is a conflict,
 * the clerk's text is kept on the page), release for signature naming chair, co-signer and
 * secretary, withdraw a release, sign as secretary (second factor), publish approved public
 * minutes, start a correction with its reason, download the signed PDF/A.
 */
@Controller
class MinutesController {

    private final MeetingsAccess access;
    private final MinutesWorkQueries minutes;
    private final MinutesDrafting drafting;
    private final MinutesSigning signing;
    private final MinutesApproval approval;
    private final SignerChoices choices;
    private final SignatureConfirmation confirmation;
    private final FileQueries files;
    private final FileStore store;
    private final MeetingDesk desk;
    private final org.openris.decision.ItemRecording itemRecording;
    private final UiText text;

    MinutesController(MeetingsAccess access, MinutesWorkQueries minutes, MinutesDrafting drafting, MinutesSigning signing,
                      MinutesApproval approval, SignerChoices choices, SignatureConfirmation confirmation, FileQueries files,
                      FileStore store, MeetingDesk desk, org.openris.decision.ItemRecording itemRecording, UiText text) {
        this.itemRecording = itemRecording;
        this.access = access;
        this.minutes = minutes;
        this.drafting = drafting;
        this.signing = signing;
        this.approval = approval;
        this.choices = choices;
        this.confirmation = confirmation;
        this.files = files;
        this.store = store;
        this.desk = desk;
        this.text = text;
    }

    @GetMapping("/verwaltung/niederschriften")
    String overview(SignedInUser user, CsrfToken csrf, @RequestParam(name = "alle", required = false) String all, Model model) {
        StaffUser staff = access.staff(user);
        List<Long> organizations = access.organizations(staff).stream().map(PlanningOrganization::id).toList();
        List<MinutesWorkQueries.MeetingMinutes> meetings = minutes.overview(staff.viewer(), organizations, 12);
        boolean onlyOpen = all == null;
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.MINUTES_SECTION, csrf));
        model.addAttribute("meetings", onlyOpen ? meetings.stream().filter(m -> !"minutes.step.published".equals(m.nextStepKey())).toList() : meetings);
        model.addAttribute("onlyOpen", onlyOpen);
        model.addAttribute("anyHeld", !meetings.isEmpty());
        return "backoffice/meetings/minutes-overview";
    }

    @GetMapping("/verwaltung/sitzungen/{id}/niederschrift")
    String page(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, Model model) {
        StaffUser staff = access.staff(user);
        return page(staff, user, csrf, access.meeting(staff, id), null, Map.of(), Map.of(), model);
    }

    @PostMapping("/verwaltung/sitzungen/{id}/niederschrift/entwurf")
    String draft(SignedInUser user, CsrfToken csrf, @PathVariable("id") String id, @RequestParam Map<String, String> form, Model model,
                 RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        PlannedMeeting meeting = access.meeting(staff, id);
        boolean publicPart = !"nichtoeffentlich".equals(form.get("teil"));
        MeetingCommandResult result = desk.run(staff, () -> {
            itemRecording.recomposeRegularien(meeting.id());
            return drafting.draft(meeting.id(), publicPart, FormValues.checked(form, "ersetzen"));
        });
        if (!result.ok()) {
            return page(staff, user, csrf, meeting, publicPart ? "public" : "nonPublic", result.errors(), form, model);
        }
        redirect.addFlashAttribute("notice", text.get("minutes.notice.drafted"));
        return "redirect:/verwaltung/sitzungen/" + meeting.id() + "/niederschrift#teil-" + (publicPart ? "oeffentlich" : "nichtoeffentlich");
    }

    @PostMapping("/verwaltung/niederschriften/{minutesId}")
    String save(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect) {
        Integer revision = FormValues.number(form, "revision");
        return command(user, csrf, minutesId, form, model, redirect, "minutes.notice.saved",
                v -> () -> drafting.save(v.id(), form.get("body"), revision == null ? -1 : revision));
    }

    @PostMapping("/verwaltung/niederschriften/{minutesId}/freigabe")
    String release(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect, HttpServletRequest request) {
        MinutesSigning.Release release = new MinutesSigning.Release(FormValues.id(form, "chair"), form.get("chairLabel"),
                FormValues.id(form, "coSigner"), form.get("coSignerLabel"), FormValues.id(form, "secretary"), form.get("secretaryLabel"));
        String result = command(user, csrf, minutesId, form, model, redirect, "minutes.notice.released", v -> () -> signing.release(v.id(), release));
        if (result.startsWith("redirect:")) {
            desk.mailSigners(PathIds.required(minutesId), choices.pendingMemberAddresses(PathIds.required(minutesId)), request);
        }
        return result;
    }

    @PostMapping("/verwaltung/niederschriften/{minutesId}/ruecknahme")
    String withdraw(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, @RequestParam Map<String, String> form,
                    Model model, RedirectAttributes redirect) {
        return command(user, csrf, minutesId, form, model, redirect, "minutes.notice.withdrawn", v -> () -> signing.withdraw(v.id()));
    }

    @PostMapping("/verwaltung/niederschriften/{minutesId}/unterschrift")
    String sign(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect, HttpServletRequest request) {
        return command(user, csrf, minutesId, form, model, redirect, "minutes.notice.signed", v -> {
            if (!FormValues.checked(form, "confirm")) {
                return () -> MeetingCommandResult.rejected(Map.of("confirm", "minutes.error.confirm"));
            }
            if (!confirmation.confirms(user, form.get("code"), ClientAddress.of(request), "minutes", v.id())) {
                return () -> MeetingCommandResult.rejected(Map.of("code", "minutes.error.code"));
            }
            return () -> signing.sign(v.id(), new MinutesSigning.Signer(user.userId(), null));
        });
    }

    @PostMapping("/verwaltung/niederschriften/{minutesId}/veroeffentlichung")
    String publish(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        return command(user, csrf, minutesId, form, model, redirect, "minutes.notice.published", v -> () -> approval.publish(v.id()));
    }

    @PostMapping("/verwaltung/niederschriften/{minutesId}/berichtigung")
    String correct(SignedInUser user, CsrfToken csrf, @PathVariable("minutesId") String minutesId, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        return command(user, csrf, minutesId, form, model, redirect, "minutes.notice.correction", v -> () -> drafting.correct(v.id(), form.get("reason")));
    }

    @GetMapping("/verwaltung/niederschriften/{minutesId}/dokument.pdf")
    ResponseEntity<FileSystemResource> document(SignedInUser user, @PathVariable("minutesId") String minutesId) {
        StaffUser staff = access.staff(user);
        MinutesWorkQueries.Version v = version(staff, minutesId);
        if (v.fileId() == null) {
            throw PathIds.notFound();
        }
        FileQueries.FileContent content = files.content(staff.viewer(), v.fileId()).orElseThrow(PathIds::notFound);
        java.nio.file.Path path = store.path(content.storageKey());
        if (!java.nio.file.Files.isReadable(path)) {
            throw PathIds.notFound();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.contentDisposition(true, content.fileName(), content.id()))
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }

    private String command(SignedInUser user, CsrfToken csrf, String minutesId, Map<String, String> form, Model model,
                           RedirectAttributes redirect, String notice,
                           java.util.function.Function<MinutesWorkQueries.Version, Supplier<MeetingCommandResult>> command) {
        StaffUser staff = access.staff(user);
        MinutesWorkQueries.Version v = version(staff, minutesId);
        PlannedMeeting meeting = access.meeting(staff, Long.toString(v.meetingId()));
        MeetingCommandResult result = desk.run(staff, command.apply(v));
        if (!result.ok()) {
            return page(staff, user, csrf, meeting, v.publicPart() ? "public" : "nonPublic", result.errors(), form, model);
        }
        redirect.addFlashAttribute("notice", text.get(notice));
        return "redirect:/verwaltung/sitzungen/" + meeting.id() + "/niederschrift#teil-" + (v.publicPart() ? "oeffentlich" : "nichtoeffentlich");
    }

    /** A version of minutes of a meeting the user runs; everything else answers 404. */
    private MinutesWorkQueries.Version version(StaffUser staff, String minutesId) {
        MinutesWorkQueries.Version v = minutes.findById(staff.viewer(), PathIds.required(minutesId)).orElseThrow(PathIds::notFound);
        access.meeting(staff, Long.toString(v.meetingId()));
        return v;
    }

    private String page(StaffUser staff, SignedInUser user, CsrfToken csrf, PlannedMeeting meeting, String errorPart, Map<String, String> errors,
                        Map<String, String> form, Model model) {
        List<MinutesWorkQueries.Version> versions = minutes.ofMeeting(staff.viewer(), meeting.id());
        List<MinutesSheet.Part> parts = new ArrayList<>();
        for (boolean publicPart : new boolean[]{true, false}) {
            if (!publicPart && !minutes.hasNonPublicPart(staff.viewer(), meeting.id())) {
                continue;
            }
            List<MinutesWorkQueries.Version> own = versions.stream().filter(v -> v.publicPart() == publicPart).toList();
            parts.add(new MinutesSheet.Part(publicPart, own.isEmpty() ? null : own.get(0), own.size() > 1 ? own.subList(1, own.size()) : List.of()));
        }
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("meeting", meeting);
        model.addAttribute("sheet", new MinutesSheet(parts, choices.of(meeting.id()), user.userId()));
        model.addAttribute("errorPart", errorPart);
        model.addAttribute("errors", errors);
        model.addAttribute("form", new LinkedHashMap<>(form));
        return "backoffice/meetings/minutes";
    }
}
