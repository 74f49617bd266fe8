package org.openris.portal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openris.shared.UiText;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** German error pages without technical details; a missing and a hidden object both answer 404. */
@Controller
class PortalErrorController implements ErrorController {

    private final UiText text;

    PortalErrorController(UiText text) {
        this.text = text;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // a direct request to /error (no error being forwarded) is just an unknown page
        int code = status instanceof Integer i ? i : 404;
        response.setStatus(code);
        model.addAttribute("text", text);
        boolean notFound = code == 404;
        model.addAttribute("titleKey", notFound ? "error.notFound.title" : "error.title");
        model.addAttribute("messageKey", notFound ? "error.notFound" : "error.generic");
        return "portal/error";
    }
}
