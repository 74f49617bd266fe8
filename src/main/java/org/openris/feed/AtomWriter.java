package org.openris.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.stereotype.Component;

/**
 * Writes Atom 1.0 (RFC 4287) with Rome: a feed with id, title, updated, author, a self link and the
 * portal as alternate; entries with id, title, updated, published, summary and links. The feed's
 * {@code updated} is the newest entry's (the Unix epoch for an empty feed), so an unchanged feed is
 * byte-identical.
 */
@Component
class AtomWriter {

    /** The feed as a whole: its tag: id, title, where it lives and who publishes it. */
    record Head(String id, String title, String selfUrl, String alternateUrl, String author) {
    }

    String write(Head head, List<AtomEntry> entries) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(head.id());
        feed.setTitle(head.title());
        feed.setUpdated(date(newest(entries)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", head.alternateUrl())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", head.selfUrl())));
        Person author = new Person();
        author.setName(head.author());
        feed.setAuthors(List.<SyndPerson>of(author));
        Generator generator = new Generator();
        generator.setValue("OpenRIS");
        feed.setGenerator(generator);
        List<Entry> written = new ArrayList<>();
        for (AtomEntry entry : entries) {
            written.add(entry(entry));
        }
        feed.setEntries(written);
        try {
            // Rome's Atom 1.0 generator leaves out xml:lang; the feed is German, so it is set on the root
            Document document = new WireFeedOutput().outputJDom(feed);
            document.getRootElement().setAttribute("lang", "de", Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    private static Entry entry(AtomEntry source) {
        Entry entry = new Entry();
        entry.setId(source.id());
        Content title = new Content();
        title.setType(Content.TEXT);
        title.setValue(source.title());
        entry.setTitleEx(title);
        entry.setUpdated(date(source.updated()));
        entry.setPublished(date(source.published()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", source.link())));
        if (source.relatedLink() != null) {
            entry.setOtherLinks(List.of(link("related", "text/html", source.relatedLink())));
        }
        if (source.summary() != null) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(source.summary());
            entry.setSummary(summary);
        }
        if (source.category() != null) {
            Category category = new Category();
            category.setTerm(source.category());
            entry.setCategories(List.of(category));
        }
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    static OffsetDateTime newest(List<AtomEntry> entries) {
        return entries.stream().map(AtomEntry::updated).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(OffsetDateTime.ofInstant(Instant.EPOCH, java.time.ZoneOffset.UTC));
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}
