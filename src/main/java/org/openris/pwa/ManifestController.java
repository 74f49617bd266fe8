package org.openris.pwa;

import java.util.List;
import java.util.Map;
import org.openris.shared.UiText;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app manifest: installable as "Ratsinfo", opening the member area. The same for everyone
 * (no session is read); names from the message bundle, colours from ris.css.
 */
@Controller
class ManifestController {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    /** {@code --c-primary} in ris.css. */
    static final String THEME_COLOUR = "#0b4f8a";

    private final UiText text;

    ManifestController(UiText text) {
        this.text = text;
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest() {
        Map<String, Object> manifest = new java.util.LinkedHashMap<>();
        manifest.put("id", "/mitglieder");
        manifest.put("name", text.get("pwa.name"));
        manifest.put("short_name", text.get("pwa.shortName"));
        manifest.put("description", text.get("pwa.description"));
        manifest.put("lang", "de");
        manifest.put("dir", "ltr");
        manifest.put("start_url", "/mitglieder");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("icons", List.of(
                icon("/icons/icon-192.png", "192x192", "image/png", "any"),
                icon("/icons/icon-512.png", "512x512", "image/png", "any"),
                icon("/icons/icon-512.png", "512x512", "image/png", "maskable"),
                icon("/icons/icon.svg", "any", "image/svg+xml", "any")));
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", type, "purpose", purpose);
    }
}
