package org.openris.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same German analysis for Elasticsearch/OpenSearch: built-in filters of the same meaning
 * ({@code german_normalization}, {@code dictionary_decompounder} with our word list,
 * {@code light_german} stemmer). Not run against a server in our tests (none is available here;
 * docs/operations.md).
 */
final class RisElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("ris_german_stop").type("stop").param("stopwords", "_german_");
        context.tokenFilter("ris_compounds").type("dictionary_decompounder")
                .param("word_list", GermanAnalysis.normalisedWords().toArray(String[]::new))
                .param("min_word_size", GermanAnalysis.MIN_WORD_SIZE)
                .param("min_subword_size", GermanAnalysis.MIN_SUBWORD_SIZE)
                .param("max_subword_size", GermanAnalysis.MAX_SUBWORD_SIZE)
                .param("only_longest_match", false);
        context.tokenFilter("ris_light_german").type("stemmer").param("language", "light_german");
        context.analyzer(GermanAnalysis.INDEX_ANALYZER).custom().tokenizer("standard")
                .tokenFilters("lowercase", "ris_german_stop", "german_normalization", "ris_compounds", "ris_light_german");
        context.analyzer(GermanAnalysis.QUERY_ANALYZER).custom().tokenizer("standard")
                .tokenFilters("lowercase", "ris_german_stop", "german_normalization", "ris_light_german");
        context.normalizer("lowercase").custom().tokenFilters("lowercase");
    }
}
