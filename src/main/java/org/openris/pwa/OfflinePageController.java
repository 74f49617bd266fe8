package org.openris.pwa;

import org.openris.shared.UiText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The German page the service worker shows for a page that is neither reachable nor stored on the
 * device. Part of the app shell: the same for everyone, so it never names the signed-in user.
 */
@Controller
class OfflinePageController {

    private final UiText text;

    OfflinePageController(UiText text) {
        this.text = text;
    }

    @GetMapping("/offline")
    String offline(Model model) {
        model.addAttribute("text", text);
        return "pwa/offline";
    }
}
