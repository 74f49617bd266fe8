package org.openris.portal;

import org.openris.shared.PathIds;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openris.body.BodyQueries;
import org.openris.body.BodyQueries.BodySummary;
import org.openris.file.FileQueries;
import org.openris.file.SafeFileName;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperQueries.PaperSummary;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Papers under their readable address {@code /vorlagen/{reference}} (ADR 0011): the paper page, the
 * combined PDF, the redirect from the internal id, and the list of the newest papers. A reference is
 * unique per body; where several bodies use it, {@code ?koerperschaft=} picks one and the bare
 * address lists the candidates. Hidden papers answer 404 exactly like missing ones.
 */
@Controller
class PaperController {

    static final int PAGE_SIZE = 50;

    private final PaperQueries papers;
    private final FileQueries files;
    private final BodyQueries bodies;
    private final CombinedPdf combined;
    private final UiText text;

    PaperController(PaperQueries papers, FileQueries files, BodyQueries bodies, CombinedPdf combined, UiText text) {
        this.papers = papers;
        this.files = files;
        this.bodies = bodies;
        this.combined = combined;
        this.text = text;
    }

    @GetMapping("/vorlagen")
    String list(@RequestParam(name = "seite", required = false) String page, Model model) {
        Long parsed = PathIds.parse(page);
        int number = parsed == null || parsed > 10_000 ? 1 : parsed.intValue();
        List<PaperSummary> found = papers.newest(Viewer.anonymous(), (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("text", text);
        model.addAttribute("page", new PapersPage(found.stream().limit(PAGE_SIZE).toList(), number, found.size() > PAGE_SIZE));
        return "portal/papers";
    }

    @GetMapping("/vorlagen/id/{id}")
    ModelAndView byId(@PathVariable String id, Model model) {
        Viewer viewer = Viewer.anonymous();
        PaperSummary paper = papers.findById(viewer, PathIds.required(id)).orElseThrow(PathIds::notFound);
        if (!PortalUrls.readable(paper.reference())) {
            // a reference that cannot be a path segment ("V/2024/001", imported, ADR 0016): the page is here
            model.addAttribute("text", text);
            return new ModelAndView(show(paper, model), model.asMap());
        }
        RedirectView redirect = new RedirectView(canonicalUrl(paper), true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    @GetMapping("/vorlagen/{reference}")
    String paper(@PathVariable String reference, @RequestParam(name = "koerperschaft", required = false) String body, Model model) {
        Viewer viewer = Viewer.anonymous();
        model.addAttribute("text", text);
        Optional<PaperSummary> chosen = resolve(reference, body);
        if (chosen.isEmpty()) {
            List<PaperSummary> candidates = papers.findAllByReference(viewer, reference);
            if (candidates.size() < 2 || PathIds.parse(body) != null) {
                throw PathIds.notFound();
            }
            Map<Long, String> names = bodies.all().stream().collect(Collectors.toMap(BodySummary::id, BodySummary::name));
            model.addAttribute("page", new PaperChoicePage(candidates.get(0).reference(), candidates.stream()
                    .map(p -> {
                        long bodyId = papers.bodyOf(viewer, p.id()).orElseThrow(PathIds::notFound);
                        return new PaperChoicePage.Choice(names.getOrDefault(bodyId, ""), p.name(), PortalUrls.paper(p.id(), p.reference(), bodyId));
                    }).toList()));
            return "portal/paper-choice";
        }
        return show(chosen.get(), model);
    }

    private String show(PaperSummary paper, Model model) {
        Viewer viewer = Viewer.anonymous();
        var documents = files.filesOfPaper(viewer, paper.id());
        PaperSummary origin = paper.superordinatedPaperId() == null ? null
                : papers.findById(viewer, paper.superordinatedPaperId()).orElse(null);
        model.addAttribute("page", new PaperPage(paper, canonicalUrl(paper), papers.originators(viewer, paper.id()),
                papers.consultations(viewer, paper.id()), documents,
                documents.stream().anyMatch(d -> "application/pdf".equalsIgnoreCase(d.mimeType())), origin,
                papers.subordinated(viewer, paper.id()), papers.related(viewer, paper.id())));
        return "portal/paper";
    }

    @GetMapping("/vorlagen/{reference}/gesamt.pdf")
    ResponseEntity<byte[]> combinedPdf(@PathVariable String reference, @RequestParam(name = "koerperschaft", required = false) String body)
            throws IOException {
        return combinedPdf(resolve(reference, body).orElseThrow(PathIds::notFound));
    }

    /** The combined PDF at the id address: for papers whose reference cannot be a path segment (their page is at the id address too). */
    @GetMapping("/vorlagen/id/{id}/gesamt.pdf")
    ResponseEntity<byte[]> combinedPdfById(@PathVariable String id) throws IOException {
        return combinedPdf(papers.findById(Viewer.anonymous(), PathIds.required(id)).orElseThrow(PathIds::notFound));
    }

    private ResponseEntity<byte[]> combinedPdf(PaperSummary paper) throws IOException {
        String title = paper.reference() == null ? paper.name() : paper.reference() + " " + paper.name();
        byte[] pdf = combined.render(paper.id(), title);
        if (pdf == null) {
            throw PathIds.notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.contentDisposition(true, title + ".pdf", paper.id()))
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    /** The paper of the reference: in the given body, or the only one of all bodies; empty when none or several. */
    private Optional<PaperSummary> resolve(String reference, String body) {
        Viewer viewer = Viewer.anonymous();
        Long bodyId = PathIds.parse(body);
        if (body != null) {
            return bodyId == null ? Optional.empty() : papers.findByReference(viewer, bodyId, reference);
        }
        List<PaperSummary> found = papers.findAllByReference(viewer, reference);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** {@code /vorlagen/20070-21}, by id where the reference cannot be a path segment, with the body where another body's visible paper has the same reference. */
    private String canonicalUrl(PaperSummary paper) {
        Viewer viewer = Viewer.anonymous();
        if (!PortalUrls.readable(paper.reference())) {
            return PortalUrls.paperById(paper.id());
        }
        if (papers.findAllByReference(viewer, paper.reference()).size() > 1) {
            return PortalUrls.paper(paper.id(), paper.reference(), papers.bodyOf(viewer, paper.id()).orElseThrow(PathIds::notFound));
        }
        return PortalUrls.paper(paper.id(), paper.reference());
    }
}
