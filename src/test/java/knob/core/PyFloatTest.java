package knob.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyFloatTest {

    /** Lines of "<hex bits> <text>" written once by scripts/make-float-fixtures.py with python3. */
    static List<String[]> fixture(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PyFloatTest.class.getResourceAsStream("/knob/core/" + name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int space = line.indexOf(' ');
                rows.add(new String[] {line.substring(0, space), line.substring(space + 1)});
            }
        }
        return rows;
    }

    static double fromHex(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    @Test
    void printsEveryFixtureDoubleAsPythonRepr() throws IOException {
        List<String[]> rows = fixture("repr-fixture.txt");
        assertEquals(true, rows.size() >= 100_000, "fixture has " + rows.size() + " rows");
        int failures = 0;
        StringBuilder first = new StringBuilder();
        for (String[] row : rows) {
            String got = PyFloat.repr(fromHex(row[0]));
            if (!got.equals(row[1])) {
                if (failures++ < 10) {
                    first.append(row[0]).append(": expected ").append(row[1]).append(" got ").append(got).append('\n');
                }
            }
        }
        assertEquals(0, failures, first.toString());
    }

    @Test
    void readsBackEveryReprExactly() throws IOException {
        int failures = 0;
        StringBuilder first = new StringBuilder();
        for (String[] row : fixture("repr-fixture.txt")) {
            if (row[1].equals("nan")) {
                continue;
            }
            long expected = Long.parseUnsignedLong(row[0], 16);
            long got = Double.doubleToRawLongBits(PyFloat.parse(row[1]));
            if (got != expected && failures++ < 10) {
                first.append(row[1]).append('\n');
            }
        }
        assertEquals(0, failures, first.toString());
    }

    @Test
    void parsesLikePythonFloat() throws IOException {
        int failures = 0;
        StringBuilder first = new StringBuilder();
        for (String[] row : fixture("parse-fixture.txt")) {
            long expected = Long.parseUnsignedLong(row[0], 16);
            long got = Double.doubleToRawLongBits(PyFloat.parse(row[1]));
            if (got != expected && failures++ < 10) {
                first.append(row[1], 0, Math.min(80, row[1].length())).append(" -> ")
                        .append(PyFloat.repr(Double.longBitsToDouble(got))).append('\n');
            }
        }
        assertEquals(0, failures, first.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.30250000000000005|0.30250000000000005",
        "1.0|1.0",
        "6003785411879960.0|6003785411879960.0",
        "5.403406870691965e+16|5.403406870691965e+16",
        "1.0799505792475652e-27|1.0799505792475652e-27",
        "9.6e-05|9.6e-05",
        "1e16|1e+16",
        "1e15|1000000000000000.0",
        "0.0001|0.0001",
        "0.00001|1e-05",
        "-0.0|-0.0",
        "2e23|2e+23",
        "1e999|inf",
        "-1e999|-inf",
        "5e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308",
    })
    void knownValues(String text, String expected) {
        assertEquals(expected, PyFloat.repr(PyFloat.parse(text)));
    }

    @Test
    void specialValues() {
        assertEquals("nan", PyFloat.repr(Double.NaN));
        assertEquals("inf", PyFloat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyFloat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("0.0", PyFloat.repr(0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(PyFloat.parse("-0")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "abc", "0x10", "1e", "1e+", "--1", "1.2.3", "1,5", ".", "e5", "1_000", "½"})
    void rejectsWhatIsNotANumber(String text) {
        assertThrows(NumberFormatException.class, () -> PyFloat.parse(text));
    }

    @Test
    void aMegabyteOfDigitsIsReadAsPythonReadsIt() {
        // float('1' * 1000000) is inf in CPython, which has no limit on the length of a float's text
        // (the digits past the 800th are only counted, so the reading stays linear)
        String huge = "1".repeat(1_000_000);
        assertEquals(Double.POSITIVE_INFINITY, PyFloat.parse(huge));
        assertEquals(0.0, PyFloat.parse("0." + "0".repeat(1_000_000) + "1"));
        assertEquals("0.1111111111111111", PyFloat.repr(PyFloat.parse("0." + "1".repeat(5000))));
        assertEquals("inf", PyFloat.repr(PyFloat.parse("1".repeat(5000))));
    }
}
