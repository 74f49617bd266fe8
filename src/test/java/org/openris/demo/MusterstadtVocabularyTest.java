package org.openris.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openris.demo.MusterstadtVocabulary.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MusterstadtVocabularyTest {

    @Test
    void listsHaveTheExpectedSizes() {
        assertThat(FEMALE_GIVEN_NAMES).hasSizeGreaterThanOrEqualTo(120);
        assertThat(MALE_GIVEN_NAMES).hasSizeGreaterThanOrEqualTo(120);
        assertThat(FAMILY_NAMES).hasSizeGreaterThanOrEqualTo(250);
        assertThat(GENDERED_FAMILY_NAMES).hasSizeGreaterThanOrEqualTo(20);
        assertThat(STREETS).hasSizeGreaterThanOrEqualTo(80);
        assertThat(DISTRICTS).hasSize(4);
        assertThat(DISTRICTS).allSatisfy(d -> assertThat(d.subLocalities()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(COMMITTEES).hasSizeGreaterThanOrEqualTo(12);
        assertThat(COMMITTEES).allSatisfy(c -> {
            assertThat(c.topics()).isNotEmpty();
            assertThat(c.titleTemplates()).hasSizeGreaterThanOrEqualTo(4);
        });
        assertThat(FACTIONS).hasSize(7);
        assertThat(ADMINISTRATIVE_UNITS).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ADVISORY_BOARDS).hasSizeGreaterThanOrEqualTo(3);
        assertThat(INSTITUTIONS).hasSizeGreaterThanOrEqualTo(4);
        assertThat(HIER_PHRASES).hasSizeGreaterThanOrEqualTo(3).allSatisfy(h -> assertThat(h).startsWith("hier: "));
        assertThat(PAPER_FACTS.size() + PAPER_REASONS.size() + PAPER_FINANCE.size() + PAPER_CLIMATE.size())
                .isGreaterThanOrEqualTo(40);
        assertThat(MINUTES_PROSE).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(s -> assertThat(s).startsWith("{speaker} "));
        assertThat(RESOLUTION_TEMPLATES).hasSizeGreaterThanOrEqualTo(20);
        assertThat(NON_PUBLIC_TOPICS).extracting(NonPublicTopic::heading).containsExactly(
                "Grundstücksangelegenheiten", "Personalangelegenheiten", "Vergabeentscheidungen",
                "Vertragsangelegenheiten");
    }

    @Test
    void namesAreUniqueAndClean() {
        assertNoDuplicates("female given names", FEMALE_GIVEN_NAMES);
        assertNoDuplicates("male given names", MALE_GIVEN_NAMES);
        List<String> allFamilyNames = new ArrayList<>(FAMILY_NAMES);
        GENDERED_FAMILY_NAMES.forEach(p -> allFamilyNames.addAll(List.of(p.male(), p.female())));
        assertNoDuplicates("family names", allFamilyNames);
        assertNoDuplicates("unicode family names", UNICODE_FAMILY_NAMES);
        assertNoDuplicates("streets", STREETS);
        // a given name must tell the gender
        assertThat(FEMALE_GIVEN_NAMES).doesNotContainAnyElementsOf(MALE_GIVEN_NAMES);
        for (String name : concat(FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, allFamilyNames, STREETS)) {
            assertThat(name).isNotBlank().isEqualTo(name.strip());
        }
        // the avoid-list only makes sense for names the lists can produce
        for (String fullName : AVOIDED_FULL_NAMES) {
            String given = fullName.substring(0, fullName.indexOf(' '));
            String family = fullName.substring(fullName.indexOf(' ') + 1);
            assertThat(concat(FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES)).as(fullName).contains(given);
            assertThat(allFamilyNames).as(fullName).contains(family);
        }
    }

    @Test
    void organisationsAreConsistent() {
        assertNoDuplicates("committee names", concat(List.of(COUNCIL), COMMITTEES).stream().map(Committee::name).toList());
        assertNoDuplicates("committee short names", concat(List.of(COUNCIL), COMMITTEES).stream().map(Committee::shortName).toList());
        assertNoDuplicates("faction names", FACTIONS.stream().map(Faction::name).toList());
        assertNoDuplicates("faction short names", FACTIONS.stream().map(Faction::shortName).toList());
        assertNoDuplicates("unit codes", ADMINISTRATIVE_UNITS.stream().map(AdministrativeUnit::code).toList());
        assertNoDuplicates("paper types", PAPER_TYPES.stream().map(PaperType::name).toList());

        assertThat(FACTIONS.stream().mapToInt(Faction::seatWeight).sum()).isEqualTo(60);
        assertThat(FACTIONS).extracting(Faction::kind).containsOnly("FACTION", "GROUP");
        assertThat(FACTIONS).extracting(Faction::name).contains("SPD-Fraktion", "CDU-Fraktion",
                "Fraktion Bündnis 90/Die Grünen", "Fraktion FDP", "AfD-Fraktion", "Fraktion Die Linke", "Gruppe Volt");

        Set<String> unitCodes = ADMINISTRATIVE_UNITS.stream().map(AdministrativeUnit::code).collect(Collectors.toSet());
        assertThat(unitCodes).contains("1/Dez", "6/Dez", "10", "20", "32", "40", "50", "51", "60", "61", "63", "66",
                "66/2", "80");
        for (AdministrativeUnit unit : ADMINISTRATIVE_UNITS) {
            assertThat(unit.parentCode() == null || unitCodes.contains(unit.parentCode())).as(unit.code()).isTrue();
        }
        for (Committee committee : concat(List.of(COUNCIL), COMMITTEES)) {
            assertThat(unitCodes).as(committee.name()).containsAll(committee.unitCodes());
            assertThat(committee.genitive()).startsWith("des ");
            assertThat(committee.nominative()).isEqualTo("Der " + committee.name());
        }
        assertThat(COMMITTEES).extracting(Committee::shortName).contains("AUKM");

        // every category of the schema has a paper type
        assertThat(PAPER_TYPES).extracting(PaperType::category).containsAll(Arrays.asList(PaperCategory.values()));
        Set<String> treatments = TREATMENTS.stream().map(CodeLabel::code).collect(Collectors.toSet());
        assertThat(PAPER_TYPES).allSatisfy(t -> assertThat(treatments).contains(t.defaultTreatment()));
        Set<String> outcomes = Set.of("NOTED", "RECOMMENDED", "ADOPTED", "ADOPTED_WITH_CHANGES", "REJECTED",
                "PASSED_ON_WITHOUT_DECISION", "POSTPONED", "WITHDRAWN", "REFERRED");
        assertThat(OUTCOME_FORMULAS).extracting(OutcomeFormula::outcome).containsOnlyElementsOf(outcomes)
                .containsAll(outcomes);
        assertThat(ACADEMIC_TITLES).allSatisfy(w -> assertThat(w.weight()).isPositive());
        assertThat(ACADEMIC_TITLES.get(0).value()).isEmpty();
        assertThat(ACADEMIC_TITLES.get(0).weight())
                .isGreaterThan(ACADEMIC_TITLES.stream().skip(1).mapToInt(Weighted::weight).sum());
    }

    @Test
    void regularienAreExactlyThoseOfTheExampleMinutes() {
        Committee aukm = COMMITTEES.stream().filter(c -> c.shortName().equals("AUKM")).findFirst().orElseThrow();
        List<String> filled = REGULARIEN.stream()
                .map(t -> fill(t, Map.of("n", "11", "ofCommittee", aukm.genitive(), "date", "22.06.2023")))
                .toList();
        assertThat(filled).containsExactly(
                "Benennung eines Ausschussmitgliedes zur Mitunterzeichnung der Niederschrift",
                "Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW",
                "Feststellung der Tagesordnung",
                "Genehmigung der Niederschrift über die 11. Sitzung des Ausschusses für Umwelt, Klima und Mobilität am 22.06.2023");
        assertThat(fill(MINUTES_APPROVAL_SHORT, Map.of("n", "11", "date", "22.06.2023")))
                .isEqualTo("Genehmigung der Niederschrift über die 11. Sitzung am 22.06.2023");
        assertThat(fill(MINUTES_HEADER.get(1), Map.of("n", "12", "ofCommittee", aukm.genitive())))
                .isEqualTo("über die 12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität");
        assertThat(fill(MINUTES_PROSE.get(2), Map.of("speaker", "Rm Ivanova (Fraktion Bündnis 90/Die Grünen)")))
                .isEqualTo("Rm Ivanova (Fraktion Bündnis 90/Die Grünen) fragt, ob die Mittel bereits im Haushalt eingeplant seien.");
    }

    @Test
    void templatesUseOnlyDocumentedPlaceholders() {
        Set<String> documented = PLACEHOLDERS.stream().map(Placeholder::name).collect(Collectors.toSet());
        assertThat(documented).hasSameSizeAs(PLACEHOLDERS);

        Map<String, String> strings = allStrings();
        assertThat(strings).hasSizeGreaterThan(1000);
        Set<String> used = new HashSet<>();
        strings.forEach((text, where) -> {
            List<String> names = placeholdersIn(text);
            used.addAll(names);
            assertThat(documented).as("placeholders in %s: %s", where, text).containsAll(names);
            // no stray braces: every brace belongs to a placeholder
            String withoutPlaceholders = text.replaceAll("\\{[A-Za-z]+}", "");
            assertThat(withoutPlaceholders).as("braces in %s: %s", where, text).doesNotContain("{", "}");
        });
        assertThat(used).as("every documented placeholder is used somewhere").containsAll(documented);

        // templates of the generator's lists are all fillable with the documented names
        Map<String, String> values = documented.stream().collect(Collectors.toMap(Function.identity(), n -> "<" + n + ">"));
        for (String template : concat(RESOLUTION_TEMPLATES, MINUTES_PROSE, HIER_PHRASES, REGULARIEN)) {
            assertThat(fill(template, values)).doesNotContain("{");
        }
        assertThatThrownBy(() -> fill("Radweg {street}", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(fill("Radweg {street} $1 \\", Map.of("street", "Nordring $2"))).isEqualTo("Radweg Nordring $2 $1 \\");
    }

    @Test
    void everythingButTheUnicodeNamesPrintsInWinAnsi() {
        Map<String, String> strings = allStrings();
        strings.forEach((text, where) -> {
            if (!where.startsWith("UNICODE_FAMILY_NAMES")) {
                assertThat(DemoPdf.sanitize(text)).as("%s is not WinAnsi: %s", where, text).isEqualTo(text);
            }
        });
        assertThat(UNICODE_FAMILY_NAMES).allSatisfy(name -> assertThat(DemoPdf.sanitize(name)).contains("?"));
    }

    @Test
    void listsAreImmutable() {
        assertThatThrownBy(() -> STREETS.add("Neue Straße")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> COMMITTEES.get(0).topics().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void assertNoDuplicates(String what, Collection<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("duplicates in %s", what).isEmpty();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... lists) {
        return Stream.of(lists).flatMap(List::stream).map(t -> (T) t).toList();
    }

    /** Every string reachable from the static fields (lists, records, labels), with where it was found. */
    private static Map<String, String> allStrings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field field : MusterstadtVocabulary.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                    && !field.getType().equals(java.util.regex.Pattern.class)) {
                try {
                    field.setAccessible(true);
                    collect(field.get(null), field.getName(), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }

    private static void collect(Object value, String where, Map<String, String> out) throws ReflectiveOperationException {
        if (value instanceof String s) {
            out.putIfAbsent(s, where);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), where + "[" + i + "]", out);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(component.getAccessor().invoke(record), where + "." + component.getName(), out);
            }
        }
    }
}
