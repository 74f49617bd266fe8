package org.openris.testsupport;

import org.openris.file.FileStore;
import org.openris.visibility.VisibilityRules;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts {@link SwitchableVisibilityRules} in place of the production rules in every test application,
 * and the content of fixture files ({@link FixtureContent}) into its file store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestRules {

    @Bean
    @Primary
    VisibilityRules switchableVisibilityRules() {
        return new SwitchableVisibilityRules();
    }

    /** The stored content of {@link Fixtures#file}; its key must be what the store itself computes. */
    @Bean
    FixtureContent fixtureContent(FileStore store) {
        FileStore.StoredContent stored = store.put(FixtureContent.PDF.bytes());
        if (!stored.storageKey().equals(FixtureContent.PDF.storageKey())) {
            throw new IllegalStateException("fixture storage key differs from the file store's: " + stored.storageKey());
        }
        return FixtureContent.PDF;
    }
}
