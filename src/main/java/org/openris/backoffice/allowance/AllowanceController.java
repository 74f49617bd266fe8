package org.openris.backoffice.allowance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openris.allowance.AllowanceCalculator;
import org.openris.allowance.AllowanceQueries;
import org.openris.allowance.AllowanceRules;
import org.openris.allowance.AllowanceStatements;
import org.openris.backoffice.BackofficePages;
import org.openris.backoffice.BackofficeSection;
import org.openris.backoffice.ChangeLog;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.identity.StaffRoles;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sitzungsgeld in the back office (issue 7): the body's rules (administrators), the statements of a
 * period per person with the total (council office), each as PDF, and the CSV export for payroll.
 */
@Controller
class AllowanceController {

    static final String SECTION = "allowance";
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final BackofficePages pages;
    private final AllowanceQueries queries;
    private final AllowanceStatements statements;
    private final AllowanceRules rules;
    private final ChangeLog changes;
    private final TransactionTemplate transaction;
    private final UiText text;
    private final Clock clock;

    AllowanceController(BackofficePages pages, AllowanceQueries queries, AllowanceStatements statements, AllowanceRules rules, ChangeLog changes,
                        TransactionTemplate transaction, UiText text, Clock clock) {
        this.pages = pages;
        this.queries = queries;
        this.statements = statements;
        this.rules = rules;
        this.changes = changes;
        this.transaction = transaction;
        this.text = text;
        this.clock = clock;
    }

    static boolean mayOpen(StaffRoles.Assignments a) {
        return a.administrator() || a.anyClerk();
    }

    @GetMapping("/verwaltung/sitzungsgeld")
    String overview(SignedInUser user, CsrfToken csrf, @RequestParam(name = "von", required = false) String from,
                    @RequestParam(name = "bis", required = false) String to, Model model) {
        StaffUser staff = pages.require(user, AllowanceController::mayOpen);
        Map<String, String> errors = new LinkedHashMap<>();
        Period period = period(from, to, errors);
        return page(staff, csrf, period, errors, Map.of(), model);
    }

    @PostMapping("/verwaltung/sitzungsgeld/regel")
    String saveRule(SignedInUser user, CsrfToken csrf, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        StaffUser staff = pages.require(user, StaffRoles.Assignments::administrator);
        AllowanceQueries.BodyRef body = body(staff);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate validFrom = date(form.get("validFrom"));
        Integer perMeeting = cents(form.get("perMeeting"), "perMeeting", errors);
        Integer surcharge = cents(form.get("chairSurcharge"), "chairSurcharge", errors);
        Integer max = cents(form.get("maxPerDay"), "maxPerDay", errors);
        if (errors.isEmpty()) {
            errors.putAll(transaction.execute(status -> {
                Map<String, String> rejected = rules.save(body.id(), validFrom, perMeeting, surcharge, max);
                if (!rejected.isEmpty()) {
                    status.setRollbackOnly();
                    return rejected;
                }
                changes.record(staff, "body", body.id(), "allowance", "Sitzungsgeld-Regel ab " + form.get("validFrom"), Map.of(),
                        Map.of("perMeeting", perMeeting, "chairSurcharge", surcharge == null ? 0 : surcharge, "maxPerDay", max == null ? "-" : max));
                return Map.<String, String>of();
            }));
        }
        if (!errors.isEmpty()) {
            return page(staff, csrf, period(null, null, new LinkedHashMap<>()), errors, form, model);
        }
        redirect.addFlashAttribute("notice", text.get("allowance.ruleSaved"));
        return "redirect:/verwaltung/sitzungsgeld";
    }

    @GetMapping("/verwaltung/sitzungsgeld/export.csv")
    ResponseEntity<byte[]> export(SignedInUser user, @RequestParam(name = "von", required = false) String from,
                                  @RequestParam(name = "bis", required = false) String to) {
        StaffUser staff = pages.require(user, AllowanceController::mayOpen);
        Period period = period(from, to, new LinkedHashMap<>());
        AllowanceQueries.BodyRef body = body(staff);
        byte[] csv = AllowanceStatements.csv(statements.ofBody(staff.viewer(), body.id(), period.from(), period.to())).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Sitzungsgeld " + GERMAN.format(period.from()) + "-" + GERMAN.format(period.to()) + ".csv", StandardCharsets.UTF_8)
                        .build().toString())
                .body(csv);
    }

    @GetMapping("/verwaltung/sitzungsgeld/aufstellung.pdf")
    ResponseEntity<byte[]> statement(SignedInUser user, @RequestParam(name = "person", required = false) String person,
                                     @RequestParam(name = "von", required = false) String from, @RequestParam(name = "bis", required = false) String to) {
        StaffUser staff = pages.require(user, AllowanceController::mayOpen);
        Period period = period(from, to, new LinkedHashMap<>());
        AllowanceQueries.BodyRef body = body(staff);
        long personId = PathIds.required(person);
        AllowanceStatements.Statement statement = statements.ofBody(staff.viewer(), body.id(), period.from(), period.to()).stream()
                .filter(s -> s.personId() == personId).findFirst().orElseThrow(PathIds::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Sitzungsgeld " + statement.name() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(AllowanceStatements.pdf(statement, body.name()));
    }

    private String page(StaffUser staff, CsrfToken csrf, Period period, Map<String, String> errors, Map<String, String> form, Model model) {
        AllowanceQueries.BodyRef body = body(staff);
        List<AllowanceStatements.Statement> list = statements.ofBody(staff.viewer(), body.id(), period.from(), period.to());
        model.addAttribute("text", text);
        model.addAttribute("page", pages.frame(staff, SECTION, csrf));
        model.addAttribute("body", body);
        model.addAttribute("from", GERMAN.format(period.from()));
        model.addAttribute("to", GERMAN.format(period.to()));
        model.addAttribute("statements", list);
        model.addAttribute("total", AllowanceCalculator.euro(list.stream().mapToInt(AllowanceStatements.Statement::totalCents).sum()));
        model.addAttribute("rules", queries.rules(body.id()));
        model.addAttribute("administrator", staff.roles().administrator());
        model.addAttribute("errors", errors);
        model.addAttribute("form", new LinkedHashMap<>(form));
        return "backoffice/allowance/overview";
    }

    private AllowanceQueries.BodyRef body(StaffUser staff) {
        return queries.body(staff.roles().clerkOf()).orElseThrow(PathIds::notFound);
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private Period period(String from, String to, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        LocalDate start = from == null || from.isBlank() ? today.withDayOfYear(1) : date(from);
        LocalDate end = to == null || to.isBlank() ? today : date(to);
        if (start == null || end == null || end.isBefore(start)) {
            errors.put("period", "allowance.error.period");
            return new Period(today.withDayOfYear(1), today);
        }
        return new Period(start, end);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.ofPattern("d.M.uuuu"));
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** "22,90" or "22" → 2290; blank → null; anything else an error. */
    private static Integer cents(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace("€", "").strip();
        if (!v.matches("[0-9]{1,4}([,.][0-9]{1,2})?")) {
            errors.put(field, "allowance.error.amount");
            return null;
        }
        String[] parts = v.split("[,.]");
        int euros = Integer.parseInt(parts[0]);
        int cents = parts.length == 1 ? 0 : Integer.parseInt(parts[1].length() == 1 ? parts[1] + "0" : parts[1]);
        return euros * 100 + cents;
    }

    /** The section "Sitzungsgeld". */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Section {

        @Bean
        BackofficeSection allowanceSection() {
            return new BackofficeSection(SECTION, "/verwaltung/sitzungsgeld", 500, AllowanceController::mayOpen);
        }
    }
}
