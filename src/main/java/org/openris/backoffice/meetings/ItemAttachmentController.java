package org.openris.backoffice.meetings;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.openris.backoffice.StaffUser;
import org.openris.decision.ItemRecordQueries;
import org.openris.decision.ItemRecordQueries.Item;
import org.openris.identity.SignedInUser;
import org.openris.meeting.ItemAttachments;
import org.openris.meeting.MeetingCommandResult;
import org.openris.shared.PathIds;
import org.openris.shared.UiText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attachments of an agenda item on its recording page (issue 7): upload ("Anlage N" is numbered
 * automatically), new title, removal – while the record of the meeting can change. Post/Redirect/Get
 * back to the item; a rejection comes back as a German message next to the attachments.
 */
@Controller
class ItemAttachmentController {

    static final String ERRORS = "attachmentErrors";

    private final MeetingsAccess access;
    private final ItemRecordQueries queries;
    private final ItemAttachments attachments;
    private final MeetingDesk desk;
    private final UiText text;
    private final long maxUpload;

    ItemAttachmentController(MeetingsAccess access, ItemRecordQueries queries, ItemAttachments attachments, MeetingDesk desk, UiText text,
                             @Value("${ris.upload.max-attachment-size:50MB}") DataSize maxUpload) {
        this.access = access;
        this.queries = queries;
        this.attachments = attachments;
        this.desk = desk;
        this.text = text;
        this.maxUpload = maxUpload.toBytes();
    }

    @PostMapping("/verwaltung/tagesordnungspunkte/{id}/anlagen")
    String upload(SignedInUser user, @PathVariable("id") String id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return after(staff, item, () -> attachments.attach(item.id(), name, content, maxUpload), redirect);
    }

    @PostMapping("/verwaltung/tagesordnungspunkte/{id}/anlagen/{fileId}")
    String rename(SignedInUser user, @PathVariable("id") String id, @PathVariable("fileId") String fileId,
                  @RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        long file = PathIds.required(fileId);
        return after(staff, item, () -> attachments.rename(item.id(), file, title), redirect);
    }

    @PostMapping("/verwaltung/tagesordnungspunkte/{id}/anlagen/{fileId}/entfernen")
    String remove(SignedInUser user, @PathVariable("id") String id, @PathVariable("fileId") String fileId, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        long file = PathIds.required(fileId);
        return after(staff, item, () -> attachments.remove(item.id(), file), redirect);
    }

    @PostMapping("/verwaltung/tagesordnungspunkte/{id}/links")
    String addLink(SignedInUser user, @PathVariable("id") String id, @RequestParam(name = "linkTitle", required = false) String title,
                   @RequestParam(name = "linkUrl", required = false) String url, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        MeetingCommandResult result = desk.run(staff, () -> attachments.addLink(item.id(), title, url));
        if (!result.ok()) {
            redirect.addFlashAttribute("linkTitle", title);
            redirect.addFlashAttribute("linkUrl", url);
        }
        return answer(item, result, redirect);
    }

    @PostMapping("/verwaltung/tagesordnungspunkte/{id}/links/{linkId}/entfernen")
    String removeLink(SignedInUser user, @PathVariable("id") String id, @PathVariable("linkId") String linkId, RedirectAttributes redirect) {
        StaffUser staff = access.staff(user);
        Item item = item(staff, id);
        long link = PathIds.required(linkId);
        return after(staff, item, () -> attachments.removeLink(item.id(), link), redirect);
    }

    private String after(StaffUser staff, Item item, Supplier<MeetingCommandResult> command, RedirectAttributes redirect) {
        return answer(item, desk.run(staff, command), redirect);
    }

    private String answer(Item item, MeetingCommandResult result, RedirectAttributes redirect) {
        if (result.ok()) {
            // "Anlage 1 zu TOP 2.1 hinzugefügt."
            redirect.addFlashAttribute("notice", text.get("conduct.attachment.done", result.changes().get(0).summary()));
        } else {
            redirect.addFlashAttribute(ERRORS, Map.copyOf(result.errors()));
        }
        return "redirect:/verwaltung/tagesordnungspunkte/" + item.id() + "#anlagen";
    }

    private Item item(StaffUser staff, String id) {
        long itemId = PathIds.required(id);
        return queries.item(staff.viewer(), itemId).filter(i -> access.plans(staff, i.organizationId())).orElseThrow(PathIds::notFound);
    }
}
