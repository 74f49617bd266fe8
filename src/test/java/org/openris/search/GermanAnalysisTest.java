package org.openris.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The German analysis on its own: compounds, stemming, umlauts and ß/ss (ADR 0012). */
class GermanAnalysisTest {

    private final Analyzer index = GermanAnalysis.indexAnalyzer();
    private final Analyzer query = GermanAnalysis.queryAnalyzer();

    @Test
    void a_compound_is_indexed_with_its_parts_so_radweg_finds_radwegenetz_and_fahrradweg() {
        String radweg = single(query, "Radweg");
        assertThat(tokens(index, "Radwegenetz")).contains(radweg);
        assertThat(tokens(index, "Fahrradweg")).contains(radweg);
        assertThat(tokens(index, "Radwegenetzes")).contains(radweg);
        assertThat(tokens(index, "Straßenbauarbeiten")).contains(single(query, "Straße"), single(query, "Bau"), single(query, "Arbeiten"));
    }

    @Test
    void words_that_are_not_compounds_of_listed_parts_stay_whole() {
        assertThat(tokens(index, "Ratssitzung")).doesNotContain(single(query, "Radweg"));
        assertThat(tokens(index, "Wegweiser")).doesNotContain(single(query, "Radweg"));
    }

    @Test
    void inflected_forms_meet_in_one_stem() {
        assertThat(single(query, "Schulen")).isEqualTo(single(query, "Schule"));
        assertThat(single(query, "Anträge")).isEqualTo(single(query, "Antrag"));
        assertThat(tokens(index, "Kindergärten")).contains(single(query, "Kindergarten"));
    }

    @Test
    void umlauts_and_sharp_s_match_their_transcriptions() {
        assertThat(single(query, "Straße")).isEqualTo(single(query, "Strasse"));
        assertThat(single(query, "Bürger")).isEqualTo(single(query, "Buerger"));
        assertThat(single(query, "Lärm")).isEqualTo(single(query, "Laerm"));
        assertThat(tokens(index, "Lärmschutzwand")).contains(single(query, "Laermschutz"));
    }

    @Test
    void stop_words_are_left_out_and_the_word_list_is_a_real_resource() {
        assertThat(tokens(query, "der Radweg und die Schule")).hasSize(2);
        assertThat(GermanAnalysis.words()).contains("radweg", "schule", "lärmschutz").hasSizeGreaterThan(200)
                .allMatch(w -> w.length() >= GermanAnalysis.MIN_SUBWORD_SIZE);
    }

    private static String single(Analyzer analyzer, String text) {
        List<String> tokens = tokens(analyzer, text);
        assertThat(tokens).as(text).hasSize(1);
        return tokens.get(0);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return tokens;
    }
}
