package org.openris.search;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMappingBuilder;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.openris.platform.RisProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The search index: Hibernate Search with the Standalone POJO mapper (we read with JDBC, not JPA;
 * ADR 0012). Lucene embedded under {@code <data-dir>/search} by default; Elasticsearch/OpenSearch
 * when {@code RIS_SEARCH_BACKEND=elasticsearch}. Holds only what the public may see.
 */
@Component
class SearchIndex implements DisposableBean {

    private final CloseableSearchMapping mapping;
    /** Counts the writes of this process; moves after each write is visible (see {@link #generation()}). */
    private final AtomicLong generation = new AtomicLong();

    SearchIndex(SearchSettings settings, RisProperties properties) {
        SearchMappingBuilder builder = SearchMapping.builder(AnnotatedTypeSource.fromClasses(SearchDocument.class), MethodHandles.lookup())
                .property("hibernate.search.schema_management.strategy", "create-or-update");
        if (settings.lucene()) {
            Path directory = settings.directory() == null || settings.directory().isBlank()
                    ? properties.dataDir().resolve("search") : Path.of(settings.directory());
            builder.property("hibernate.search.backend.type", "lucene")
                    .property("hibernate.search.backend.directory.root", directory.toAbsolutePath().toString())
                    .property("hibernate.search.backend.lucene_version", "LUCENE_9_12_0")
                    .property("hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new RisLuceneAnalysis()));
        } else {
            builder.property("hibernate.search.backend.type", "elasticsearch")
                    .property("hibernate.search.backend.uris", settings.uris() == null || settings.uris().isBlank()
                            ? "http://localhost:9200" : settings.uris())
                    .property("hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new RisElasticsearchAnalysis()));
            if (settings.username() != null && !settings.username().isBlank()) {
                builder.property("hibernate.search.backend.username", settings.username())
                        .property("hibernate.search.backend.password", settings.password());
            }
            if (settings.elasticsearchVersion() != null && !settings.elasticsearchVersion().isBlank()) {
                // e.g. "opensearch:2.17" or "9.1": lets the application start while the cluster is unreachable
                builder.property("hibernate.search.backend.version", settings.elasticsearchVersion())
                        .property("hibernate.search.backend.version_check.enabled", "false");
            }
        }
        this.mapping = builder.build();
    }

    /** Adds or replaces entries and removes others, visible to searches when this returns. */
    void write(Collection<SearchDocument> upserts, Collection<String> deletedKeys) {
        if (upserts.isEmpty() && deletedKeys.isEmpty()) {
            return;
        }
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            upserts.forEach(d -> session.indexingPlan().addOrUpdate(d));
            deletedKeys.forEach(key -> session.indexingPlan().purge(SearchDocument.class, key, null));
        } finally {
            generation.incrementAndGet();
        }
    }

    /** Removes every entry (a full rebuild follows). */
    void purgeAll() {
        mapping.scope(SearchDocument.class).workspace().purge();
        mapping.scope(SearchDocument.class).workspace().refresh();
        generation.incrementAndGet();
    }

    /**
     * The version of the index content as far as this process wrote it: moves after every write
     * (and removal) has become visible to searches, so an answer computed under an older generation
     * is never taken for the current one (search.SearchCache). A search that reads the generation
     * first and then the index sees at least the content of that generation.
     */
    long generation() {
        return generation.get();
    }

    long count() {
        try (SearchSession session = mapping.createSession()) {
            return session.search(SearchDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    SearchSession session() {
        return mapping.createSession();
    }

    @Override
    public void destroy() {
        mapping.close();
    }
}
