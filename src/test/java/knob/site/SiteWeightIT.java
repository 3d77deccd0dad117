package knob.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The site's weight may not creep up unnoticed: what the page loads (HTML, CSS, JS, icon), gzip
 * -9, stays under a ceiling. The goal is 50 KB (BENCHMARKS.md says why the site is above it);
 * the ceiling sits just above today's weight and should come down whenever the weight does.
 * Sizes do not depend on the machine, so this is a test, unlike the timings of scripts/bench.
 */
class SiteWeightIT {
    static final long CEILING = 62 * 1024;

    @Test
    void theSiteStaysUnderItsCeiling() throws IOException {
        Path site = Paths.get(System.getProperty("knob.site", "target/site"));
        long total = 0;
        StringBuilder files = new StringBuilder();
        for (Path f : SiteFiles.loadedByPage(site)) {
            long g = Gzip.size(Files.readAllBytes(f));
            total += g;
            files.append(' ').append(f.getFileName()).append('=').append(g);
        }
        assertTrue(total > 20 * 1024, "the site was not built:" + files);
        assertTrue(total <= CEILING, "the site weighs " + total + " bytes gzip, over its ceiling of " + CEILING + ":" + files);
    }
}
