package org.openris.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The German analyzers for the embedded Lucene backend ({@link GermanAnalysis}). */
final class RisLuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(GermanAnalysis.INDEX_ANALYZER).instance(GermanAnalysis.indexAnalyzer());
        context.analyzer(GermanAnalysis.QUERY_ANALYZER).instance(GermanAnalysis.queryAnalyzer());
        context.normalizer("lowercase").custom().tokenFilter("lowercase");
    }
}
