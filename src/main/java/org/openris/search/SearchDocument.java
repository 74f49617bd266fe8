package org.openris.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * One entry of the search index: a paper, meeting, agenda item, person or organization exactly as
 * the anonymous public sees it (built by {@link IndexSource} through the visibility gate). Display
 * fields are stored, so results need no database read besides the re-check through the gate.
 */
@SearchEntity(name = "Dokument")
@Indexed(index = "ris")
final class SearchDocument {

    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String FILE_TEXT = "fileText";
    static final String NAMES = "names";

    @DocumentId
    String key;

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.NO)
    String kind;

    @GenericField(projectable = Projectable.YES)
    long objectId;

    @FullTextField(analyzer = GermanAnalysis.INDEX_ANALYZER, searchAnalyzer = GermanAnalysis.QUERY_ANALYZER,
            projectable = Projectable.YES, highlightable = Highlightable.ANY)
    String title;

    @FullTextField(analyzer = GermanAnalysis.INDEX_ANALYZER, searchAnalyzer = GermanAnalysis.QUERY_ANALYZER,
            projectable = Projectable.YES, highlightable = Highlightable.ANY)
    String text;

    @FullTextField(analyzer = GermanAnalysis.INDEX_ANALYZER, searchAnalyzer = GermanAnalysis.QUERY_ANALYZER,
            projectable = Projectable.YES, highlightable = Highlightable.ANY)
    String fileText;

    /** Originators' and organizations' names as full text ("SPD", "Bauausschuss"). */
    @FullTextField(analyzer = GermanAnalysis.INDEX_ANALYZER, searchAnalyzer = GermanAnalysis.QUERY_ANALYZER)
    String names;

    @KeywordField(projectable = Projectable.YES, normalizer = "lowercase")
    String reference;

    /** Facet "Art": the paper type for papers, else the kind in German. */
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    String typeLabel;

    @KeywordField(aggregable = Aggregable.YES)
    List<String> organizations;

    /** Facet "eingereicht von": originating factions and persons (papers). */
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    List<String> originators;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    Integer year;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    LocalDate date;

    /** When the object was created (saved-search alerts ask for "created since"). */
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    Instant created;

    /**
     * When the object became visible to the public: first seen in the anonymous view by the index
     * sync (search_index_entry.public_since). Saved-search alerts ask for "public since", so an
     * object created long before it was published is still news when it is published.
     */
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    Instant publicSince;

    @KeywordField(projectable = Projectable.YES)
    String link;

    @KeywordField(projectable = Projectable.YES)
    String subtitle;

    SearchDocument() {
    }

    static String key(String kind, long id) {
        return kind + ":" + id;
    }
}
