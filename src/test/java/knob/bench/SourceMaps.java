package knob.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a source map's mappings (version 3): which characters of the script came from which source. */
final class SourceMaps {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private SourceMaps() {
    }

    /** For each source index, the [start, end) character ranges of the script mapped to it, in order. */
    static Map<Integer, List<int[]>> rangesBySource(String code, String mappings) {
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        Map<Integer, List<int[]>> ranges = new TreeMap<>();
        int source = 0;
        String[] lines = mappings.split(";", -1);
        for (int line = 0; line < lines.length && line < lineStarts.size(); line++) {
            int lineStart = lineStarts.get(line);
            int lineEnd = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) - 1 : code.length();
            List<int[]> segments = new ArrayList<>(); // {column, source or -1}
            int column = 0;
            for (String segment : lines[line].split(",")) {
                if (segment.isEmpty()) {
                    continue;
                }
                int[] fields = vlq(segment);
                column += fields[0];
                if (fields.length > 1) {
                    source += fields[1];
                    segments.add(new int[] {column, source});
                } else {
                    segments.add(new int[] {column, -1});
                }
            }
            for (int i = 0; i < segments.size(); i++) {
                int[] s = segments.get(i);
                int end = i + 1 < segments.size() ? segments.get(i + 1)[0] : lineEnd - lineStart;
                if (s[1] >= 0 && end > s[0]) {
                    ranges.computeIfAbsent(s[1], k -> new ArrayList<>()).add(new int[] {lineStart + s[0], lineStart + end});
                }
            }
        }
        return ranges;
    }

    /** The signed numbers of one segment, in base-64 variable-length quantities. */
    static int[] vlq(String segment) {
        List<Integer> values = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (int i = 0; i < segment.length(); i++) {
            int digit = BASE64.indexOf(segment.charAt(i));
            value += (digit & 31) << shift;
            if ((digit & 32) != 0) {
                shift += 5;
            } else {
                values.add((value & 1) != 0 ? -(value >>> 1) : value >>> 1);
                value = 0;
                shift = 0;
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
