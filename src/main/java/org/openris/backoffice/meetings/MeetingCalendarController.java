package org.openris.backoffice.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openris.backoffice.StaffUser;
import org.openris.identity.SignedInUser;
import org.openris.meeting.MeetingCommandResult;
import org.openris.meeting.MeetingManagement;
import org.openris.meeting.MeetingPlanQueries;
import org.openris.meeting.MeetingSeries;
import org.openris.meeting.PublicHolidays;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annual meeting calendar of an organization and the form that generates a series of meetings. */
@Controller
class MeetingCalendarController {

    private final MeetingsAccess access;
    private final MeetingPlanQueries plans;
    private final MeetingManagement management;
    private final MeetingDesk desk;
    private final UiText text;
    private final java.time.Clock clock;
    private final PublicHolidays holidays;

    MeetingCalendarController(MeetingsAccess access, MeetingPlanQueries plans, MeetingManagement management, MeetingDesk desk,
                              UiText text, java.time.Clock clock, PublicHolidays holidays) {
        this.holidays = holidays;
        this.access = access;
        this.plans = plans;
        this.management = management;
        this.desk = desk;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/verwaltung/sitzungen")
    String calendar(SignedInUser user, CsrfToken csrf, @RequestParam(name = "gremium", required = false) String organization,
                    @RequestParam(name = "jahr", required = false) String yearText, Model model) {
        StaffUser staff = access.staff(user);
        List<PlanningOrganization> organizations = access.organizations(staff);
        PlanningOrganization selected = selected(staff, organizations, organization);
        int year = year(yearText);
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("organizations", organizations);
        model.addAttribute("selected", selected);
        model.addAttribute("year", year);
        model.addAttribute("meetings", selected == null ? List.of() : plans.calendar(staff.viewer(), selected.id(), year));
        return "backoffice/meetings/calendar";
    }

    @GetMapping("/verwaltung/sitzungen/serie")
    String seriesForm(SignedInUser user, CsrfToken csrf, @RequestParam(name = "gremium", required = false) String organization, Model model) {
        StaffUser staff = access.staff(user);
        List<PlanningOrganization> organizations = access.organizations(staff);
        PlanningOrganization selected = selected(staff, organizations, organization);
        Map<String, String> form = new HashMap<>();
        int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).getYear() + 1;
        form.put("organization", selected == null ? "" : Long.toString(selected.id()));
        form.put("from", "01.01." + year);
        form.put("to", "31.12." + year);
        form.put("weekday", "2");
        form.put("everyWeeks", "2");
        form.put("time", "17:00");
        form.put("duration", "180");
        form.put("publicMeeting", "on");
        form.put("skipHolidays", "on");
        return series(staff, csrf, organizations, form, Map.of(), model);
    }

    @PostMapping("/verwaltung/sitzungen/serie")
    String generate(SignedInUser user, CsrfToken csrf, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        List<PlanningOrganization> organizations = access.organizations(staff);
        Long organization = FormValues.id(form, "organization");
        if (organization == null || organizations.stream().noneMatch(o -> o.id() == organization)) {
            return series(staff, csrf, organizations, form, Map.of("organization", "meetings.error.organization"), model);
        }
        Set<LocalDate> skipped = new HashSet<>();
        String skippedText = FormValues.text(form, "skipped");
        if (skippedText != null) {
            for (String part : skippedText.split("[,;\\s]+")) {
                LocalDate day = FormValues.date(Map.of("d", part), "d");
                if (day == null) {
                    return series(staff, csrf, organizations, form, Map.of("skipped", "meetings.error.skipped"), model);
                }
                skipped.add(day);
            }
        }
        Integer weeks = FormValues.number(form, "everyWeeks");
        LocalTime time = FormValues.time(form, "time");
        // statutory holidays of the state that fall on a day of the series are left out, and named in the notice
        Map<LocalDate, String> holidaysHit = new java.util.TreeMap<>();
        LocalDate from = FormValues.date(form, "from");
        LocalDate to = FormValues.date(form, "to");
        java.time.DayOfWeek weekday = FormValues.weekday(form, "weekday");
        if (FormValues.checked(form, "skipHolidays") && from != null && to != null && !to.isBefore(from) && weekday != null
                && weeks != null && weeks >= 1) {
            Map<LocalDate, String> inRange = holidays.between(from, to);
            for (LocalDate day : MeetingSeries.days(from, to, weekday, weeks, skipped)) {
                if (inRange.containsKey(day)) {
                    holidaysHit.put(day, inRange.get(day));
                }
            }
            skipped.addAll(holidaysHit.keySet());
        }
        MeetingCommandResult result = desk.run(staff, () -> {
            Long location = FormValues.id(form, "location");
            List<org.openris.meeting.MeetingChange> extra = new java.util.ArrayList<>();
            if (FormValues.text(form, "locationDescription") != null) {
                MeetingCommandResult created = management.createLocation(FormValues.text(form, "locationDescription"),
                        FormValues.text(form, "locationRoom"), FormValues.text(form, "locationStreet"),
                        FormValues.text(form, "locationPostalCode"), FormValues.text(form, "locationLocality"));
                if (!created.ok()) {
                    return created;
                }
                location = created.id();
                extra.addAll(created.changes());
            }
            MeetingCommandResult done = management.generateSeries(new MeetingManagement.SeriesRequest(organization,
                    FormValues.date(form, "from"), FormValues.date(form, "to"), FormValues.weekday(form, "weekday"),
                    weeks == null ? 0 : weeks, time, FormValues.number(form, "duration"), location, skipped,
                    FormValues.checked(form, "publicMeeting")));
            if (!done.ok()) {
                return done;
            }
            extra.addAll(done.changes());
            return MeetingCommandResult.done(done.id(), extra);
        });
        if (!result.ok()) {
            return series(staff, csrf, organizations, form, result.errors(), model);
        }
        long created = result.changes().stream().filter(c -> "meeting".equals(c.objectType())).count();
        String notice = text.get("meetings.series.done", created);
        if (!holidaysHit.isEmpty()) {
            notice += " " + text.get("meetings.series.holidaysSkipped", holidaysHit.entrySet().stream()
                    .map(h -> org.openris.shared.GermanFormats.date(h.getKey()) + " (" + h.getValue() + ")")
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/verwaltung/sitzungen?gremium=" + organization + "&jahr=" + from.getYear();
    }

    private String series(StaffUser staff, CsrfToken csrf, List<PlanningOrganization> organizations, Map<String, String> form,
                          Map<String, String> errors, Model model) {
        model.addAttribute("text", text);
        model.addAttribute("page", access.pages().frame(staff, MeetingsConfiguration.SECTION, csrf));
        model.addAttribute("organizations", organizations);
        model.addAttribute("locations", plans.locations(staff.viewer()));
        model.addAttribute("holidayState", holidays.stateName());
        model.addAttribute("form", new LinkedHashMap<>(form));
        model.addAttribute("errors", errors);
        return "backoffice/meetings/series";
    }

    private PlanningOrganization selected(StaffUser staff, List<PlanningOrganization> organizations, String requested) {
        if (requested == null || requested.isBlank()) {
            return organizations.isEmpty() ? null : organizations.get(0);
        }
        long id = PathIds.required(requested);
        return organizations.stream().filter(o -> o.id() == id).findFirst().orElseThrow(PathIds::notFound);
    }

    private int year(String text) {
        if (text != null && text.matches("(19|20|21)[0-9]{2}")) {
            return Integer.parseInt(text);
        }
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).getYear();
    }
}
