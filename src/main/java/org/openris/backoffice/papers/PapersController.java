package org.openris.backoffice.papers;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openris.backoffice.BackofficePages;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.file.FileQueries;
import org.openris.identity.SignedInUser;
import org.openris.paper.PaperOutcome;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperWorkQueries;
import org.openris.paper.PaperWorkQueries.WorkPaper;
import org.openris.shared.UiText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Papers in the back office (/verwaltung/vorlagen): the user's list, the draft form, attachments,
 * consultation path, release, supplements and statements. A paper outside the user's staff grants
 * answers 404 (read through the gate with the user's viewer).
 */
@Controller
class PapersController {

    private static final Set<String> NOTICES = Set.of("created", "saved", "attached", "detached", "released", "path", "subordinate",
            "main", "withdrawn");
    private static final Set<String> STATES = Set.of("DRAFT", "RELEASED", "WITHDRAWN");

    private final BackofficePages pages;
    private final PaperDesk desk;
    private final PaperWorkQueries work;
    private final PaperQueries papers;
    private final FileQueries files;
    private final ChangeLog changes;
    private final UiText text;
    private final long maxUpload;

    PapersController(BackofficePages pages, PaperDesk desk, PaperWorkQueries work, PaperQueries papers, FileQueries files,
                     ChangeLog changes, UiText text, @Value("${ris.upload.max-attachment-size:50MB}") DataSize maxUpload) {
        this.pages = pages;
        this.desk = desk;
        this.work = work;
        this.papers = papers;
        this.files = files;
        this.changes = changes;
        this.text = text;
        this.maxUpload = maxUpload.toBytes();
    }

    @GetMapping("/verwaltung/vorlagen")
    String list(SignedInUser user, CsrfToken csrf, Model model, @RequestParam(required = false) String status,
                @RequestParam(name = "art", required = false) String type, @RequestParam(name = "q", required = false) String search,
                @RequestParam(name = "hinweis", required = false) String notice) {
        StaffUser staff = pages.require(user, a -> true);
        String state = status != null && STATES.contains(status) ? status : null;
        Long typeId = parseId(type);
        var filter = new PaperWorkQueries.Filter(PaperDesk.ownOrganizations(staff.roles()), staff.roles().administrator(), state, typeId,
                search, 300);
        List<PaperWorkQueries.PaperTypeChoice> types = desk.bodyFor(staff.roles()).map(work::paperTypes).orElse(List.of());
        model.addAttribute("text", text);
        model.addAttribute("page", new PaperListPage(pages.frame(staff, "papers", csrf), work.list(staff.viewer(), filter), types, state,
                typeId, search == null ? "" : search, PaperDesk.mayDraft(staff.roles()), notice(notice)));
        return "backoffice/papers/list";
    }

    @GetMapping("/verwaltung/vorlagen/neu")
    String newDraft(SignedInUser user, CsrfToken csrf, Model model) {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        Long unit = staff.roles().authorOf().stream().sorted().findFirst().orElse(null);
        Long faction = unit != null ? null : staff.roles().factionOfficeOf().stream().sorted().findFirst().orElse(null);
        return edit(model, staff, csrf, null, PaperForm.empty(unit, faction), Map.of(), null);
    }

    @PostMapping("/verwaltung/vorlagen/neu")
    String create(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, PaperFormParams params) {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        PaperForm form = params.form();
        PaperOutcome outcome = desk.create(staff, form.draft(), null, null, "Entwurf angelegt");
        if (!outcome.ok()) {
            response.setStatus(422);
            return edit(model, staff, csrf, null, form, outcome.errors(), null);
        }
        return "redirect:/verwaltung/vorlagen/" + outcome.id() + "?hinweis=created";
    }

    @GetMapping("/verwaltung/vorlagen/{id}")
    String show(SignedInUser user, CsrfToken csrf, Model model, @PathVariable String id,
                @RequestParam(name = "hinweis", required = false) String notice) {
        StaffUser staff = pages.require(user, a -> true);
        WorkPaper paper = paper(staff, id);
        return edit(model, staff, csrf, paper, null, Map.of(), notice(notice));
    }

    @PostMapping("/verwaltung/vorlagen/{id}")
    String update(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id,
                  PaperFormParams params) {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        WorkPaper paper = paper(staff, id);
        PaperForm form = params.form();
        PaperOutcome outcome = desk.update(staff, paper.id(), form.draft());
        if (!outcome.ok()) {
            response.setStatus(422);
            return edit(model, staff, csrf, paper, form, outcome.errors(), null);
        }
        return "redirect:/verwaltung/vorlagen/" + paper.id() + "?hinweis=saved";
    }

    @PostMapping("/verwaltung/vorlagen/{id}/anlagen")
    String upload(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "nonPublic", defaultValue = "false") boolean nonPublic) throws IOException {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        WorkPaper paper = paper(staff, id);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        PaperOutcome outcome = desk.attach(staff, paper.id(), name, content, maxUpload, nonPublic);
        return afterChange(model, staff, csrf, response, paper, outcome, "attached");
    }

    @PostMapping("/verwaltung/vorlagen/{id}/anlagen/{fileId}/entfernen")
    String detach(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id,
                  @PathVariable String fileId) {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        WorkPaper paper = paper(staff, id);
        return afterChange(model, staff, csrf, response, paper, desk.detach(staff, paper.id(), requireId(fileId)), "detached");
    }

    @PostMapping("/verwaltung/vorlagen/{id}/anlagen/{fileId}/hauptdokument")
    String chooseMain(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id,
                      @PathVariable String fileId) {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        WorkPaper paper = paper(staff, id);
        return afterChange(model, staff, csrf, response, paper, desk.chooseMain(staff, paper.id(), requireId(fileId)), "main");
    }

    @PostMapping("/verwaltung/vorlagen/{id}/zurueckziehen")
    String withdraw(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id,
                    @RequestParam(name = "confirm", defaultValue = "false") boolean confirmed) {
        StaffUser staff = pages.require(user, a -> true);
        WorkPaper paper = paper(staff, id);
        PaperOutcome outcome = confirmed ? desk.withdraw(staff, paper) : PaperOutcome.rejected("withdraw", "papers.error.withdrawConfirm");
        return afterChange(model, staff, csrf, response, paper, outcome, "withdrawn");
    }

    @PostMapping("/verwaltung/vorlagen/{id}/beratungsfolge")
    String addStep(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id,
                   @RequestParam(required = false) String organizationId, @RequestParam(required = false) String role,
                   @RequestParam(defaultValue = "false") boolean authoritative) {
        StaffUser staff = pages.require(user, a -> true);
        WorkPaper paper = paper(staff, id);
        return afterChange(model, staff, csrf, response, paper, desk.addStep(staff, paper.id(), parseId(organizationId), role, authoritative),
                "path");
    }

    @PostMapping("/verwaltung/vorlagen/{id}/beratungsfolge/{consultationId}")
    String changeStep(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id,
                      @PathVariable String consultationId, @RequestParam(required = false) String action) {
        StaffUser staff = pages.require(user, a -> true);
        WorkPaper paper = paper(staff, id);
        return afterChange(model, staff, csrf, response, paper, desk.changeStep(staff, paper.id(), requireId(consultationId), action), "path");
    }

    @PostMapping("/verwaltung/vorlagen/{id}/freigabe")
    String release(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id) {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        WorkPaper paper = paper(staff, id);
        return afterChange(model, staff, csrf, response, paper, desk.release(staff, paper.id()), "released");
    }

    @PostMapping("/verwaltung/vorlagen/{id}/ergaenzung")
    String supplement(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id) {
        return subordinate(user, csrf, model, response, id, false);
    }

    @PostMapping("/verwaltung/vorlagen/{id}/stellungnahme")
    String statement(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, @PathVariable String id) {
        return subordinate(user, csrf, model, response, id, true);
    }

    private String subordinate(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response, String id, boolean statement) {
        StaffUser staff = pages.require(user, PaperDesk::mayDraft);
        WorkPaper origin = paper(staff, id);
        PaperOutcome outcome = desk.subordinate(staff, origin, statement);
        if (!outcome.ok()) {
            response.setStatus(422);
            return edit(model, staff, csrf, origin, null, outcome.errors(), null);
        }
        return "redirect:/verwaltung/vorlagen/" + outcome.id() + "?hinweis=subordinate";
    }

    private String afterChange(Model model, StaffUser staff, CsrfToken csrf, HttpServletResponse response, WorkPaper paper,
                               PaperOutcome outcome, String notice) {
        if (!outcome.ok()) {
            response.setStatus(422);
            return edit(model, staff, csrf, paper, null, outcome.errors(), null);
        }
        return "redirect:/verwaltung/vorlagen/" + paper.id() + "?hinweis=" + notice;
    }

    private String edit(Model model, StaffUser staff, CsrfToken csrf, WorkPaper paper, PaperForm entered, Map<String, String> errors,
                        String notice) {
        long body = paper != null ? paper.bodyId() : desk.bodyFor(staff.roles()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var viewer = staff.viewer();
        List<PaperWorkQueries.Choice> organizations = new java.util.ArrayList<>(work.organizationsOfBody(viewer, body));
        Set<Long> own = new java.util.HashSet<>(staff.roles().authorOf());
        own.addAll(staff.roles().factionOfficeOf());
        for (PaperWorkQueries.Choice mine : work.assignedOrganizations(body, own)) {
            if (organizations.stream().noneMatch(o -> o.id() == mine.id())) {
                organizations.add(mine);
            }
        }
        List<PaperWorkQueries.Choice> units = organizations.stream().filter(o -> "ADMINISTRATIVE_UNIT".equals(o.kind())).toList();
        List<PaperWorkQueries.Choice> factions = organizations.stream().filter(o -> "FACTION".equals(o.kind()) || "GROUP".equals(o.kind())).toList();
        List<PaperWorkQueries.Choice> consulting = organizations.stream()
                .filter(o -> !Set.of("ADMINISTRATIVE_UNIT", "FACTION", "GROUP", "PARTY", "EXTERNAL_BODY").contains(o.kind())).toList();
        List<PaperWorkQueries.PaperTypeChoice> types = work.paperTypes(body);
        if (!staff.roles().administrator() && staff.roles().authorOf().isEmpty()) {
            types = types.stream().filter(t -> PaperDesk.FACTION_CATEGORIES.contains(t.category())).toList();
        }
        PaperForm form = entered;
        if (form == null) {
            form = paper == null ? PaperForm.empty(null, null) : PaperForm.of(paper, work.originatorRefs(viewer, paper.id()), units);
        }
        boolean mayAnswer = paper != null && "REQUEST".equals(paper.category()) && "RELEASED".equals(paper.state())
                && (staff.roles().administrator() || !staff.roles().authorOf().isEmpty());
        model.addAttribute("text", text);
        model.addAttribute("page", new PaperEditPage(pages.frame(staff, "papers", csrf), paper, form, errors, types, units, factions,
                work.personsOfBody(viewer, body), consulting,
                paper == null ? List.of() : files.filesOfPaper(viewer, paper.id()),
                paper == null ? List.of() : work.path(viewer, paper.id()),
                paper == null ? List.of() : papers.subordinated(viewer, paper.id()),
                paper == null ? List.of() : papers.related(viewer, paper.id()),
                paper == null ? List.of() : changes.of(PaperDesk.OBJECT, paper.id()),
                notice, maxUpload / (1024 * 1024), mayAnswer,
                paper != null && "RELEASED".equals(paper.state()) && desk.mayWithdraw(staff, paper),
                paper == null ? List.of() : desk.upcomingAgendas(paper.id())));
        return "backoffice/papers/edit";
    }

    private WorkPaper paper(StaffUser staff, String id) {
        return desk.visible(staff, requireId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static long requireId(String id) {
        Long parsed = parseId(id);
        if (parsed == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return parsed;
    }

    static Long parseId(String value) {
        if (value == null || value.isBlank() || !value.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    private static String notice(String key) {
        return key != null && NOTICES.contains(key) ? "papers.notice." + key : null;
    }
}
