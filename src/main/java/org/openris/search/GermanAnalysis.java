package org.openris.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * German analysis with compound splitting (ADR 0012). Index time: StandardTokenizer → lower case →
 * German stop words → German normalisation (ä→a, ß→ss, ae→a …) → compound splitting against the
 * project's word list ({@code search/compound-words.txt}, normalised the same way) → light German
 * stemming. Query time: the same without the splitter. So "Radweg" finds "Radwegenetz" and
 * "Fahrradweg" (the index holds their parts at the same position), "Schulen" finds "Schule",
 * "Strasse" finds "Straße".
 */
final class GermanAnalysis {

    static final String INDEX_ANALYZER = "german";
    static final String QUERY_ANALYZER = "german_query";
    static final String WORD_LIST = "search/compound-words.txt";
    static final int MIN_WORD_SIZE = 5;
    static final int MIN_SUBWORD_SIZE = 3;
    static final int MAX_SUBWORD_SIZE = 20;

    private GermanAnalysis() {
    }

    /** The word list as shipped (lower case, comments and blank lines removed). */
    static List<String> words() {
        InputStream in = GermanAnalysis.class.getClassLoader().getResourceAsStream(WORD_LIST);
        if (in == null) {
            throw new IllegalStateException(WORD_LIST + " missing from the class path");
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.GERMAN);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The word list normalised like the indexed text (ä→a, ß→ss), as the splitter compares after normalisation. */
    static List<String> normalisedWords() {
        return words().stream().map(GermanAnalysis::normalise).distinct().toList();
    }

    static Analyzer indexAnalyzer() {
        CharArraySet dictionary = new CharArraySet(normalisedWords(), true);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = common(source);
                stream = new DictionaryCompoundWordTokenFilter(stream, dictionary, MIN_WORD_SIZE, MIN_SUBWORD_SIZE, MAX_SUBWORD_SIZE, false);
                return new TokenStreamComponents(source, new GermanLightStemFilter(stream));
            }
        };
    }

    static Analyzer queryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new GermanLightStemFilter(common(source)));
            }
        };
    }

    private static TokenStream common(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
        return new GermanNormalizationFilter(stream);
    }

    /** One word through lower case and German normalisation (no stemming). */
    static String normalise(String word) {
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new org.apache.lucene.analysis.core.KeywordTokenizer();
                return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
            }
        }; TokenStream stream = analyzer.tokenStream("w", word)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
