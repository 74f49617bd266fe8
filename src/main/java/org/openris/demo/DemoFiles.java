package org.openris.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openris.file.FileStore;

/**
 * Renders the demo city's documents as real PDFs, stores them in the file store and writes their
 * {@code stored_file} rows. With a pool size (large scale) file rows share the content of a pool of
 * rendered documents, which content-addressed storage keeps once each; their text is left for the
 * background text extraction like any uploaded file.
 */
final class DemoFiles {

    private final FileStore store;
    private final int poolSize;
    private final List<FileStore.StoredContent> pool = new ArrayList<>();
    private long counter;
    private long rendered;

    DemoFiles(FileStore store, int poolSize) {
        this.store = store;
        this.poolSize = poolSize;
    }

    long rendered() {
        return rendered;
    }

    /** Renders (or takes from the pool) a PDF, stores it and writes the file row; returns its id. */
    long pdf(DemoContext ctx, String name, LocalDate date, boolean isPublic, DemoPdf.Document document) {
        FileStore.StoredContent content = content(document);
        long id = ctx.ids.next("stored_file");
        String shownName = isPublic ? name : ctx.hidden(name, "file", id);
        ctx.loader.row("stored_file", id, ctx.bodyId, shownName, fileName(shownName), "application/pdf", content.size(),
                content.sha256(), content.sha512(), content.storageKey(), date, "https://creativecommons.org/publicdomain/zero/1.0/",
                isPublic, ctx.stamp(date), ctx.stamp(date));
        return id;
    }

    private FileStore.StoredContent content(DemoPdf.Document document) {
        counter++;
        if (poolSize > 0 && pool.size() >= poolSize) {
            return pool.get((int) (counter % poolSize));
        }
        FileStore.StoredContent content = store.put(DemoPdf.render(document));
        rendered++;
        if (poolSize > 0) {
            pool.add(content);
        }
        return content;
    }

    /** "04411-23 Klimaanpassungskonzept 2030.pdf": paper number and title, safe for every file system. */
    static String fileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (safe.length() > 120) {
            safe = safe.substring(0, 120).strip();
        }
        return safe + ".pdf";
    }
}
