package org.openris.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegularienTemplateTest {

    private static final String COMMITTEE = "Ausschuss für Umwelt, Klima und Mobilität";

    private static List<String> names(List<RegularienTemplate.Item> items) {
        return items.stream().map(RegularienTemplate.Item::name).toList();
    }

    @Test
    void a_committee_agenda_opens_with_the_four_items_of_the_example() {
        var items = RegularienTemplate.items("COMMITTEE",
                List.of(new RegularienTemplate.PendingMinutes(11, COMMITTEE, LocalDate.of(2023, 6, 22))));
        assertThat(names(items)).containsExactly(
                "Regularien",
                "Benennung eines Ausschussmitgliedes zur Mitunterzeichnung der Niederschrift",
                "Hinweis auf das Mitwirkungsverbot gem. §§ 31 und 43 Abs. 2 GO NRW",
                "Feststellung der Tagesordnung",
                "Genehmigung der Niederschrift über die 11. Sitzung des Ausschusses für Umwelt, Klima und Mobilität am 22.06.2023");
        assertThat(items.get(0).heading()).isTrue();
        assertThat(items.subList(1, items.size())).noneMatch(RegularienTemplate.Item::heading);
    }

    @Test
    void every_pending_minutes_gets_its_own_approval_item_oldest_first() {
        var items = RegularienTemplate.items("COMMITTEE", List.of(
                new RegularienTemplate.PendingMinutes(10, COMMITTEE, LocalDate.of(2023, 5, 11)),
                new RegularienTemplate.PendingMinutes(11, COMMITTEE, LocalDate.of(2023, 6, 22))));
        assertThat(names(items)).hasSize(6);
        assertThat(items.get(4).name()).contains("10. Sitzung").endsWith("11.05.2023");
        assertThat(items.get(5).name()).contains("11. Sitzung").endsWith("22.06.2023");
        assertThat(items.get(5).templateKey()).isEqualTo(RegularienTemplate.MINUTES_APPROVAL);
    }

    @Test
    void in_the_minutes_the_approval_item_is_headed_without_the_organization_as_in_the_example() {
        var pending = new RegularienTemplate.PendingMinutes(11, COMMITTEE, LocalDate.of(2023, 6, 22));
        assertThat(RegularienTemplate.approvalHeading(pending)).isEqualTo("Genehmigung der Niederschrift über die 11. Sitzung am 22.06.2023");
        assertThat(RegularienTemplate.approvalHeading(new RegularienTemplate.PendingMinutes(null, COMMITTEE, LocalDate.of(2023, 6, 22))))
                .isEqualTo(RegularienTemplate.approval(new RegularienTemplate.PendingMinutes(null, COMMITTEE, LocalDate.of(2023, 6, 22))));
    }

    @Test
    void without_pending_minutes_there_is_no_approval_item() {
        assertThat(names(RegularienTemplate.items("COMMITTEE", List.of()))).hasSize(4)
                .noneMatch(n -> n.startsWith("Genehmigung"));
    }

    @Test
    void the_council_designates_a_council_member_and_a_district_council_its_member() {
        assertThat(names(RegularienTemplate.items("COUNCIL", List.of())).get(1)).contains("eines Ratsmitgliedes");
        assertThat(names(RegularienTemplate.items("DISTRICT_COUNCIL", List.of())).get(1)).contains("eines Mitgliedes der Bezirksvertretung");
    }

    @Test
    void the_council_minutes_read_des_rates() {
        var items = RegularienTemplate.items("COUNCIL",
                List.of(new RegularienTemplate.PendingMinutes(3, "Rat der Stadt Musterstadt", LocalDate.of(2023, 7, 1))));
        assertThat(items.get(4).name()).isEqualTo("Genehmigung der Niederschrift über die 3. Sitzung des Rates der Stadt Musterstadt am 01.07.2023");
    }

    @Test
    void an_organizations_own_wording_leaves_out_blank_items_and_puts_further_items_after_the_approvals() {
        var wording = new RegularienTemplate.Wording("Eröffnung", " ", "Hinweis auf das Mitwirkungsverbot", "Feststellung der Tagesordnung",
                true, List.of("Einwohnerfragestunde", ""));
        var items = RegularienTemplate.items(wording, List.of(new RegularienTemplate.PendingMinutes(2, COMMITTEE, LocalDate.of(2024, 3, 5))));
        assertThat(names(items)).containsExactly("Eröffnung", "Hinweis auf das Mitwirkungsverbot", "Feststellung der Tagesordnung",
                "Genehmigung der Niederschrift über die 2. Sitzung des Ausschusses für Umwelt, Klima und Mobilität am 05.03.2024",
                "Einwohnerfragestunde");
        assertThat(items.get(4).templateKey()).isEqualTo(RegularienTemplate.STANDING_ITEM);
    }

    @Test
    void without_the_approval_switch_pending_minutes_are_not_put_in() {
        var wording = new RegularienTemplate.Wording("Regularien", "Mitunterzeichnung", null, "Feststellung der Tagesordnung", false, null);
        var items = RegularienTemplate.items(wording, List.of(new RegularienTemplate.PendingMinutes(2, COMMITTEE, LocalDate.of(2024, 3, 5))));
        assertThat(names(items)).containsExactly("Regularien", "Mitunterzeichnung", "Feststellung der Tagesordnung");
    }

    @Test
    void the_standard_wording_is_the_one_of_the_example() {
        assertThat(RegularienTemplate.items(RegularienTemplate.Wording.standard("COMMITTEE"), List.of()))
                .isEqualTo(RegularienTemplate.items("COMMITTEE", List.of()));
        assertThat(RegularienTemplate.Wording.standard("COMMITTEE").minutesApproval()).isTrue();
    }
}
