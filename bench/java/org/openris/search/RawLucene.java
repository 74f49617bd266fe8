package org.openris.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.store.FSDirectory;

/**
 * The physical floor of the portal search (bench/portal-bench.sh): the same full-text query as
 * {@code PortalSearch} – simple query string over title (boost 3), names (1.5), text and file
 * text, default operator AND, the project's German query analyzer – run with bare Lucene on the
 * application's own index directory: top 10 by score plus the exact total. No facets, no
 * highlighting, no visibility re-check, no HTML. Lives in this package for the analyzer.
 */
public final class RawLucene implements AutoCloseable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SimpleQueryParser parser;

    public RawLucene(Path searchRoot) throws IOException {
        Path index = locate(searchRoot);
        this.reader = DirectoryReader.open(FSDirectory.open(index));
        this.searcher = new IndexSearcher(reader);
        Analyzer analyzer = GermanAnalysis.queryAnalyzer();
        this.parser = new SimpleQueryParser(analyzer, Map.of(SearchDocument.TITLE, 3f, SearchDocument.NAMES, 1.5f,
                SearchDocument.TEXT, 1f, SearchDocument.FILE_TEXT, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
    }

    /** The index directory under the search root (the one holding a Lucene commit). */
    static Path locate(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segments_")).map(Path::getParent).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Lucene index under " + root + " (run: java -jar target/ris.jar reindex)"));
        }
    }

    public int documents() {
        return reader.numDocs();
    }

    /** Runs the query; returns the exact number of hits (the top 10 are collected as well). */
    public long search(String text) {
        try {
            Query query = parser.parse(text);
            searcher.search(query, 10);
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
