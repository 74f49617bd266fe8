package org.openris.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openris.decision.VotePhrasing.FactionPosition;
import org.openris.decision.VotePhrasing.Position;

/** Faction names in vote phrases follow the example minutes, whatever the organization is called. */
class FactionNameInVotesTest {

    @Test
    void a_faction_called_fraktion_fdp_abstains_as_the_fdp_fraktion() {
        var vote = new VotePhrasing.Vote(VotePhrasing.Kind.OPEN, VotePhrasing.Majority.UNANIMOUS, null, null, null,
                List.of(new FactionPosition("Fraktion FDP", Position.ABSTAIN)));
        assertThat(VotePhrasing.phrase(vote).midSentence()).isEqualTo("einstimmig, bei Enthaltung der FDP-Fraktion,");
    }

    @Test
    void names_of_several_words_and_names_already_in_that_form_stay() {
        assertThat(new FactionPosition("Fraktion Bündnis 90/Die Grünen", Position.NO).faction()).isEqualTo("Fraktion Bündnis 90/Die Grünen");
        assertThat(new FactionPosition("Fraktion Die Linke", Position.NO).faction()).isEqualTo("Fraktion Die Linke");
        assertThat(new FactionPosition("CDU-Fraktion", Position.NO).faction()).isEqualTo("CDU-Fraktion");
    }
}
