package knob.python;

import knob.core.PyFloat;

/**
 * str() and repr() of values, as CPython writes them. Text longer than the item limit stops
 * the program (a list repeated into itself can print without end otherwise).
 */
final class Repr {
    private Repr() {
    }

    static String typeName(Object v) {
        if (v instanceof Integer || v instanceof BigInt) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof PyList) {
            return "list";
        }
        if (v instanceof PyTuple) {
            return "tuple";
        }
        if (v == PyNone.NONE) {
            return "NoneType";
        }
        if (v instanceof Range) {
            return "range";
        }
        if (v instanceof Function) {
            return "function";
        }
        if (v instanceof Builtin b) {
            return b.isClass() ? "type" : "builtin_function_or_method";
        }
        if (v instanceof PyIterator it) {
            return it.kind;
        }
        if (v instanceof Slice) {
            return "slice";
        }
        return "object";
    }

    /** repr() with no size limit (for messages and tests). */
    static String repr(Object v) {
        StringBuilder out = new StringBuilder();
        new Writer(Integer.MAX_VALUE, 1000).repr(v, out);
        return out.toString();
    }

    /**
     * Python's str(v), at most {@code ops.maxItems} characters and {@code maxDepth} levels deep;
     * the work it took (a step per 16 characters, and each long int's conversion to decimal) is
     * added to {@code ops.extraWork}.
     *
     * @throws PyError past those limits, or when one conversion would take more than
     *     {@link #WORK} steps (a single call the page could not slice)
     */
    static String str(Object v, Ops ops, int maxDepth) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (v instanceof Integer i) {
            return Integer.toString(i);
        }
        return repr(v, ops, maxDepth);
    }

    /** Python's repr(v), with the limits and the work of {@link #str(Object, Ops, int)}. */
    static String repr(Object v, Ops ops, int maxDepth) {
        StringBuilder out = new StringBuilder();
        Writer w = new Writer(ops.maxItems, maxDepth);
        w.repr(v, out);
        ops.extraWork += (int) (w.work + out.length() / 16);
        return out.toString();
    }

    /** The most steps one conversion to text may take. */
    static final int WORK = 20_000_000;

    static String intText(Object v) {
        String s = Ints.toDecimal(v);
        if (s == null) {
            throw PyError.value("Exceeds the limit (4300 digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    private static final class Writer {
        private final int maxChars;
        private final int maxDepth;
        private Object[] open = new Object[8];
        private int depth;
        /** Steps spent on long ints' decimal digits so far. */
        long work;

        Writer(int maxChars, int maxDepth) {
            this.maxChars = maxChars;
            this.maxDepth = maxDepth;
        }

        void repr(Object v, StringBuilder out) {
            if (out.length() > maxChars) {
                throw Limits.tooLong(maxChars);
            }
            if (v instanceof String s) {
                quote(s, out);
            } else if (v instanceof Integer i) {
                out.append(i.intValue());
            } else if (v instanceof Double d) {
                out.append(PyFloat.repr(d));
            } else if (v instanceof Boolean b) {
                out.append(b ? "True" : "False");
            } else if (v == PyNone.NONE) {
                out.append("None");
            } else if (v instanceof BigInt b) {
                work += Ints.decimalWork(b);
                if (work > WORK) {
                    throw PyError.knob("Knob stopped the program: one conversion to text needed more than 20,000,000 steps.");
                }
                out.append(intText(v));
            } else if (v instanceof PyList l) {
                sequence(l, l.items, l.size, '[', ']', out);
            } else if (v instanceof PyTuple t) {
                sequence(t, t.items, t.items.length, '(', ')', out);
            } else if (v instanceof Range r) {
                out.append("range(").append(r.start).append(", ").append(r.stop);
                if (r.step != 1) {
                    out.append(", ").append(r.step);
                }
                out.append(')');
            } else if (v instanceof Function f) {
                out.append("<function ").append(f.code.name).append(" at 0x7f3a5c0e1d80>");
            } else if (v instanceof Builtin b) {
                if (b.self != null) {
                    out.append("<built-in method append of list object at 0x7f3a5c0e2f40>");
                } else {
                    out.append(b.isClass() ? "<class '" : "<built-in function ").append(b.name)
                            .append(b.isClass() ? "'>" : ">");
                }
            } else if (v instanceof Slice s) {
                out.append("slice(");
                repr(s.lower, out);
                out.append(", ");
                repr(s.upper, out);
                out.append(", ");
                repr(s.step, out);
                out.append(')');
            } else {
                out.append('<').append(typeName(v)).append(" object at 0x7f3a5c0e3a60>");
            }
            if (out.length() > maxChars) {
                throw Limits.tooLong(maxChars);
            }
        }

        private void sequence(Object self, Object[] items, int size, char open0, char close, StringBuilder out) {
            for (int i = 0; i < depth; i++) {
                if (open[i] == self) {
                    out.append(open0).append("...").append(close);
                    return;
                }
            }
            if (depth >= maxDepth) {
                throw new PyError("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
            }
            if (depth == open.length) {
                Object[] grown = new Object[depth * 2];
                System.arraycopy(open, 0, grown, 0, depth);
                open = grown;
            }
            open[depth++] = self;
            out.append(open0);
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                repr(items[i], out);
            }
            if (size == 1 && close == ')') {
                out.append(',');
            }
            out.append(close);
            depth--;
        }
    }

    /** Python's repr of a str: quotes chosen as CPython does, escapes for what isn't printable. */
    static void quote(String s, StringBuilder out) {
        char q = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            q = '"';
        }
        out.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (c < 0xa1) {
                hex(out, "\\x", c, 2);
            } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length() && s.charAt(i + 1) >= 0xdc00
                    && s.charAt(i + 1) < 0xe000) {
                int cp = Text.codePointAt(s, i);
                i++;
                if (printable(cp)) {
                    out.append(c).append(s.charAt(i));
                } else {
                    hex(out, "\\U", cp, 8);
                }
            } else if (printable(c)) {
                out.append(c);
            } else if (c <= 0xff) {
                hex(out, "\\x", c, 2);
            } else {
                hex(out, "\\u", c, 4);
            }
        }
        out.append(q);
    }

    /**
     * Where str.isprintable() changes, from U+00A1 on, as CPython 3.11 (Unicode 14.0) sees it:
     * code points from an even-numbered bound up to the next are not printable. Written by
     * scripts/make-printable-table.py as differences, each in base 16 ('a'-'p') then a last
     * base-32 digit ('0'-'O').
     */
    private static final String NOT_PRINTABLE =
            "f=1bg:2647111D1m=1b62bB231bG8K46AF1g01b@2bK2d5>bK2bA2?1L211;5O9c:1f118222F1711342922248142152I23"
            + "16422F17121212211542233174117A:319131F1712152:131321?42<771318222F1712152922237342152B:216331432"
            + "111232333<4533142161>E5=131G1@291314721321242:7F131G1:152913147262142:12==131bC13164@2J131B3H191"
            + "127314611186:23<bJ4Mb5211151H111G2511162:24b0c81b44b71b41?1=b5g611512lI142711142b9142b1142711142"
            + "?1bI142c32b03J6cF262be01L3cI7F9H9D<=1312<cN2:6:6>1;6cI7b;5c6:O1<4<413b:25;b<4J6;3bN2c11M2;6:6>2O"
            + "bAc=3b?1dD8bL3?3bL7b;2;8b;5baF262b626281111111O2bE1?1>261C2319AH8b?A22K1=3b1?b1?e<4beGI;EdiD2b01"
            + "kM5b=11512bH72>H97171717171717171dNb2J1cI<gFJ<5bO1cF2d75b;1cN1cD<b?1djd=3bG9kLDfH8g;521115HbK3:6"
            + "bH8c68<6dD;N3c>1;4b11bG9>2:2d7HL:6262697171bL4dN2:6bfn4<G4bAbai4l>2d:b67<55J151112121dM@nM2bF71b"
            + "0b:6bC1C14451e74fN362626233717=22<1J1C121?2>b2dK534b=3cH1=31b?b>e2M3bA?L4b49N5b;5N1b54>b:eN2:6b4"
            + "4b44b88bD;<1?17121;1?1712c3jG9F:8H61b:19c56211b<12312G1c889b@C125b13K51c0bH4D2bB1258131M234:797c"
            + "0b0b74<9bF3M2K5J74<7c@c9bGbC=bC7b>8:j6O1b:1322c>b88b:FJb6LDG9c>4b49bN15=I7:6bE1B8b79d01D;B1b<c17"
            + "11141?1;6bK5:6418222F1712151:22232161572735e;cL15Nc88:f6bF2b6b2c5;:6=CbJ6:bFK2?4GfIbLd4cC<821281"
            + "21N122<9:c682b>2;Kc88cC=c9i791b=1>:M3b02F1>c97121b<3112198:66121b512167:jFIfG1?bB=bmKd6d?15;g4fc"
            + "<d3=cb?hoAbc7banIbbI7O1:4cA1:6N26:c6::171E5Cbf@cKd5c;4bI7Ac05;2>lpH8cgFb:9bbh7417121j3b=3A48m<ei"
            + "4d;5=397:24jd0b>2G9dDbLhF:b72c:8d@Ec6eJD<cG9Ie7cE1c7122122241<11171c11428171L141511371kD2j42bfN?"
            + "51?cc@Oh171A271215gEb=3>2:42k0OAbJ51ch0714121?1g52@b9c<4:42biAc4c<bMg241K1211211:141111614111111"
            + "312112111111111121124171414111:1A53151AbD2i>b<4d4<?2?1?1b5:f>bHM=b<4972>6eJboH5@3=3dD<cI7<41?<4b"
            + "H8:6b88N22c>kD<>2535379M3;56::68879eC1bGb5:ca6fdh0b0ibI7gN2le2>ojAgaObaNcp2jk;fhgnEh@bhpa@";
    private static int[] bounds;

    /** CPython's str.isprintable() for one code point from U+00A1 on. */
    static boolean printable(int cp) {
        int[] b = bounds;
        if (b == null) {
            b = new int[1398];
            int at = 0;
            int x = 0;
            int acc = 0;
            for (int i = 0; i < NOT_PRINTABLE.length(); i++) {
                char c = NOT_PRINTABLE.charAt(i);
                if (c >= 'a') {
                    acc = acc * 16 + (c - 'a');
                } else {
                    x += acc * 32 + (c - '0');
                    b[at++] = x;
                    acc = 0;
                }
            }
            bounds = b;
        }
        int lo = 0;
        int hi = b.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (b[mid] <= cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (lo & 1) == 0;
    }

    private static void hex(StringBuilder out, String prefix, int v, int width) {
        out.append(prefix).append(hex(v, width, false));
    }

    /** v in hexadecimal with at least width digits, in capitals when asked (U+00E9). */
    static String hex(int v, int width, boolean capitals) {
        char[] d = new char[8];
        int n = 0;
        do {
            int x = v & 15;
            d[7 - n++] = (char) (x < 10 ? '0' + x : (capitals ? 'A' : 'a') + x - 10);
            v >>>= 4;
        } while (v != 0 || n < width);
        return new String(d, 8 - n, n);
    }
}
