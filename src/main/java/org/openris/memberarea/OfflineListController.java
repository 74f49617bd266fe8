package org.openris.memberarea;

import org.openris.identity.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The list the service worker reads when the member opens the dashboard (ADR 0010). */
@Controller
class OfflineListController {

    private final OfflineLists lists;

    OfflineListController(OfflineLists lists) {
        this.lists = lists;
    }

    @GetMapping(path = "/mitglieder/offline.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    OfflineList list(SignedInUser user) {
        return lists.build(user);
    }
}
