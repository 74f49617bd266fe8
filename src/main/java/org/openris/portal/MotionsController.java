package org.openris.portal;

import java.util.List;
import java.util.Map;
import org.openris.paper.PaperQueries;
import org.openris.paper.PaperQueries.MotionStatus;
import org.openris.shared.UiText;
import org.openris.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /antraege}: motions, requests and agenda proposals with status open / answered / decided, filterable by status. */
@Controller
class MotionsController {

    /** German parameter values → status. */
    private static final Map<String, String> STATUS = Map.of("offen", "open", "beantwortet", "answered", "entschieden", "decided");

    private final PaperQueries papers;
    private final UiText text;

    MotionsController(PaperQueries papers, UiText text) {
        this.papers = papers;
        this.text = text;
    }

    @GetMapping("/antraege")
    String motions(@RequestParam(name = "status", required = false) String status, Model model) {
        List<MotionStatus> all = papers.motions(Viewer.anonymous());
        String filter = status == null ? null : STATUS.get(status);
        List<MotionStatus> shown = filter == null ? all : all.stream().filter(m -> m.status().equals(filter)).toList();
        model.addAttribute("text", text);
        model.addAttribute("page", new MotionsPage(shown, filter, count(all, "open"), count(all, "answered"), count(all, "decided"),
                all.size()));
        return "portal/motions";
    }

    private static long count(List<MotionStatus> motions, String status) {
        return motions.stream().filter(m -> m.status().equals(status)).count();
    }
}
