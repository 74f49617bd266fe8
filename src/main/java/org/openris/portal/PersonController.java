package org.openris.portal;

import org.openris.shared.PathIds;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openris.organization.OrganizationQueries;
import org.openris.organization.OrganizationQueries.PersonMembership;
import org.openris.paper.PaperQueries;
import org.openris.person.PersonQueries;
import org.openris.person.PersonQueries.PersonEntry;
import org.openris.person.PersonQueries.PersonSummary;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /personen} (current members A–Z, former ones on request) and {@code /personen/{id}}. Hidden = missing (404). */
@Controller
class PersonController {

    private final PersonQueries persons;
    private final OrganizationQueries organizations;
    private final PaperQueries papers;
    private final UiText text;

    PersonController(PersonQueries persons, OrganizationQueries organizations, PaperQueries papers, UiText text) {
        this.persons = persons;
        this.organizations = organizations;
        this.papers = papers;
        this.text = text;
    }

    @GetMapping("/personen")
    String overview(@RequestParam(name = "ehemalige", required = false) String former, Model model) {
        boolean showFormer = former != null;
        Collator collator = Collator.getInstance(Locale.GERMANY);
        List<PersonEntry> shown = new ArrayList<>(persons.all(Viewer.anonymous()).stream().filter(p -> p.current() != showFormer).toList());
        shown.sort((a, b) -> collator.compare(a.sortName(), b.sortName()));
        Map<String, List<PersonEntry>> byLetter = new LinkedHashMap<>();
        for (PersonEntry p : shown) {
            byLetter.computeIfAbsent(letter(p.familyName()), k -> new ArrayList<>()).add(p);
        }
        model.addAttribute("text", text);
        model.addAttribute("page", new PersonsPage(byLetter.entrySet().stream()
                .map(e -> new PersonsPage.Letter(e.getKey(), e.getValue())).toList(), showFormer, shown.size()));
        return "portal/persons";
    }

    @GetMapping("/personen/{id}")
    String person(@PathVariable String id, Model model) {
        Viewer viewer = Viewer.anonymous();
        long personId = PathIds.required(id);
        PersonSummary person = persons.findById(viewer, personId).orElseThrow(PathIds::notFound);
        List<PersonMembership> memberships = organizations.membershipsOf(viewer, personId);
        model.addAttribute("text", text);
        model.addAttribute("page", new PersonPage(person, memberships.stream().filter(PersonMembership::current).toList(),
                memberships.stream().filter(m -> !m.current()).toList(), papers.ofPerson(viewer, personId)));
        return "portal/person";
    }

    /** "A" … "Z" (umlauts under their vowel), anything else under "#". */
    private static String letter(String familyName) {
        String first = familyName == null || familyName.isBlank() ? "#"
                : Normalizer.normalize(familyName.strip().substring(0, 1), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.GERMANY);
        return first.matches("[A-Z]") ? first : "#";
    }
}
