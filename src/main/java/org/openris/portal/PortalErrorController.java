package org.openris.portal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openris.shared.UiText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * German error pages without technical details; a missing and a hidden object both answer 404, an
 * upload over the request limit 413 with the limit of one attachment.
 */
@Controller
class PortalErrorController implements ErrorController {

    private final UiText text;
    private final long uploadLimitMegabytes;

    PortalErrorController(UiText text, @Value("${ris.upload.max-attachment-size}") DataSize uploadLimit) {
        this.text = text;
        this.uploadLimitMegabytes = uploadLimit.toMegabytes();
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // a direct request to /error (no error being forwarded) is just an unknown page
        int code = status instanceof Integer i ? i : 404;
        response.setStatus(code);
        model.addAttribute("text", text);
        boolean notFound = code == 404;
        model.addAttribute("titleKey", notFound ? "error.notFound.title" : code == 413 ? "error.tooLarge.title" : "error.title");
        model.addAttribute("message", notFound ? text.get("error.notFound") : code == 403 ? text.get("error.forbidden")
                : code == 413 ? text.get("error.tooLarge", uploadLimitMegabytes) : text.get("error.generic"));
        return "portal/error";
    }
}
