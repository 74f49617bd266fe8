package org.openris.backoffice.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.openris.backoffice.BackofficePages;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.openris.importer.ImportManagement;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
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

/**
 * The OParl import in the back office (/verwaltung/import, administrators): start a run in the
 * background, watch its progress (the region reloads itself with htmx every few seconds; without
 * JavaScript a link reloads the page), past runs with their reports, the report as JSON.
 */
@Controller
class ImportController {

    private final BackofficePages pages;
    private final ImportManagement imports;
    private final ImportDesk desk;
    private final UiText text;

    ImportController(BackofficePages pages, ImportManagement imports, ImportDesk desk, UiText text) {
        this.pages = pages;
        this.imports = imports;
        this.desk = desk;
        this.text = text;
    }

    @GetMapping("/verwaltung/import")
    String index(SignedInUser user, CsrfToken csrf, Model model, @RequestParam(name = "hinweis", required = false) String notice) {
        StaffUser staff = pages.require(user, StaffRoles.Assignments::administrator);
        return show(model, staff, csrf, ImportForm.defaults(), Map.of(), "started".equals(notice) ? "import.notice.started" : null);
    }

    @PostMapping("/verwaltung/import")
    String start(SignedInUser user, CsrfToken csrf, Model model, HttpServletResponse response,
                 @RequestParam(name = "systemUrl", required = false) String systemUrl,
                 @RequestParam(name = "bodyUrl", required = false) String bodyUrl,
                 @RequestParam(name = "mode", required = false) String mode,
                 @RequestParam(name = "delayMillis", required = false) String delayMillis,
                 @RequestParam(name = "concurrency", required = false) String concurrency,
                 @RequestParam(name = "files", required = false) String files) {
        StaffUser staff = pages.require(user, StaffRoles.Assignments::administrator);
        ImportForm form = new ImportForm(systemUrl == null ? "" : systemUrl, bodyUrl == null ? "" : bodyUrl,
                "full".equals(mode) ? "full" : "auto", delayMillis == null ? "" : delayMillis, concurrency == null ? "" : concurrency,
                files != null);
        Long delay = number(form.delayMillis());
        Long threads = number(form.concurrency());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (delay == null || delay > ImportManagement.MAX_DELAY_MILLIS) {
            errors.put("delayMillis", "import.error.delay");
        }
        if (threads == null || threads < 1 || threads > ImportManagement.MAX_CONCURRENCY) {
            errors.put("concurrency", "import.error.concurrency");
        }
        if (errors.isEmpty()) {
            ImportManagement.StartOutcome outcome = desk.start(staff, new ImportManagement.StartRequest(form.systemUrl(), form.bodyUrl(),
                    form.full(), delay, threads.intValue(), form.files()));
            if (outcome.ok()) {
                return "redirect:/verwaltung/import/laeufe/" + outcome.run() + "?hinweis=started";
            }
            errors.putAll(outcome.errors());
        }
        response.setStatus(422);
        return show(model, staff, csrf, form, errors, null);
    }

    /** The progress region alone, for htmx polling (the whole page without JavaScript). */
    @GetMapping("/verwaltung/import/fortschritt")
    String progress(SignedInUser user, Model model) {
        pages.require(user, StaffRoles.Assignments::administrator);
        model.addAttribute("text", text);
        model.addAttribute("current", imports.current().orElse(null));
        return "backoffice/imports/progress";
    }

    @GetMapping("/verwaltung/import/laeufe/{id}")
    String run(SignedInUser user, CsrfToken csrf, Model model, @PathVariable String id,
               @RequestParam(name = "hinweis", required = false) String notice) {
        StaffUser staff = pages.require(user, StaffRoles.Assignments::administrator);
        ImportManagement.RunReport report = imports.report(PathIds.required(id)).orElseThrow(PathIds::notFound);
        model.addAttribute("text", text);
        model.addAttribute("notice", "started".equals(notice) ? "import.notice.started" : null);
        model.addAttribute("page", new ImportRunPage(pages.frame(staff, "import", csrf), report,
                imports.current().filter(c -> c.run() == report.run().id()).orElse(null)));
        return "backoffice/imports/run";
    }

    @GetMapping("/verwaltung/import/laeufe/{id}/bericht.json")
    ResponseEntity<String> reportJson(SignedInUser user, @PathVariable String id) {
        pages.require(user, StaffRoles.Assignments::administrator);
        long run = PathIds.required(id);
        String json = imports.reportJson(run).orElseThrow(PathIds::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-bericht-" + run + ".json\"")
                .header("X-Content-Type-Options", "nosniff").body(json);
    }

    private String show(Model model, StaffUser staff, CsrfToken csrf, ImportForm form, Map<String, String> errors, String notice) {
        model.addAttribute("text", text);
        model.addAttribute("page", new ImportPage(pages.frame(staff, "import", csrf), form, errors, imports.current().orElse(null),
                imports.runs(50), imports.privateAddressesAllowed(), notice));
        return "backoffice/imports/index";
    }

    private static Long number(String value) {
        try {
            long n = Long.parseLong(value.strip());
            return n < 0 ? null : n;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
