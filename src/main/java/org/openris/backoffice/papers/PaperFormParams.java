package org.openris.backoffice.papers;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft form as posted (all fields text, so a wrong value becomes a German field message
 * instead of a binding error).
 */
class PaperFormParams {

    private String paperTypeId;
    private String name;
    private String text;
    private String originatorUnitId;
    private List<String> originatorFactionIds = new ArrayList<>();
    private String originatorPersonId;
    private String underDirectionOfId;

    PaperForm form() {
        List<Long> factions = originatorFactionIds == null ? List.of()
                : originatorFactionIds.stream().map(PapersController::parseId).filter(java.util.Objects::nonNull).toList();
        return new PaperForm(PapersController.parseId(paperTypeId), name == null ? "" : name, text == null ? "" : text,
                PapersController.parseId(originatorUnitId), factions, PapersController.parseId(originatorPersonId),
                PapersController.parseId(underDirectionOfId));
    }

    public void setPaperTypeId(String paperTypeId) {
        this.paperTypeId = paperTypeId;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void setOriginatorUnitId(String originatorUnitId) {
        this.originatorUnitId = originatorUnitId;
    }

    public void setOriginatorFactionIds(List<String> originatorFactionIds) {
        this.originatorFactionIds = originatorFactionIds;
    }

    public void setOriginatorPersonId(String originatorPersonId) {
        this.originatorPersonId = originatorPersonId;
    }

    public void setUnderDirectionOfId(String underDirectionOfId) {
        this.underDirectionOfId = underDirectionOfId;
    }
}
