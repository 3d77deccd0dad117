package knob.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files of a built site that the page itself loads: its weight, as readers download it. */
public final class SiteFiles {
    private SiteFiles() {
    }

    /** Loaded only when a reader opens the editor or follows a code= link: not part of a first visit. */
    public static final String PYTHON = "knob-python.js";

    /**
     * Every file of the site folder, sorted, but the link preview image (fetched by chat and
     * social sites, never by the page), source maps, the folder of static lesson pages and the
     * editor's script, which a first visit does not load.
     */
    public static List<Path> loadedByPage(Path site) throws IOException {
        try (var list = Files.list(site)) {
            return list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".png") && !f.getFileName().toString().endsWith(".map")
                            && !f.getFileName().toString().equals(PYTHON))
                    .sorted().toList();
        }
    }
}
