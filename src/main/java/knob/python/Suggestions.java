package knob.python;

/**
 * The "Did you mean" of CPython 3.11's NameError (Python/suggestions.c): the candidate with
 * the smallest Levenshtein distance (moves cost 2, a change of case 1), at most a third of the
 * characters involved, first among equals, looking at the frame's local names, then the
 * globals in the order they were bound, then the built-ins.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The module's own names, as a script run by python3 has them. */
    static final String[] MODULE_DUNDERS = words("__name__ __doc__ __package__ __loader__ __spec__ __annotations__"
            + " __builtins__ __file__ __cached__");

    /** builtins.__dict__ of CPython 3.11, in its order. */
    static final String[] BUILTINS = words("__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__"
            + " abs all any ascii bin breakpoint callable chr compile delattr dir divmod eval exec format getattr"
            + " globals hasattr hash hex id input isinstance issubclass iter aiter len locals max min next anext oct"
            + " ord pow print repr round setattr sorted sum vars None Ellipsis NotImplemented False True bool"
            + " memoryview bytearray bytes classmethod complex dict enumerate filter float frozenset property int"
            + " list map object range reversed set slice staticmethod str super tuple type zip __debug__"
            + " BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit"
            + " ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError"
            + " MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration"
            + " SyntaxError SystemError TypeError ValueError Warning FloatingPointError OverflowError"
            + " ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning"
            + " PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning"
            + " BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError"
            + " InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError"
            + " TimeoutError IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError"
            + " RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError"
            + " ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError"
            + " UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit copyright credits"
            + " license help");

    private Suggestions() {
    }

    /** The words of a text separated by single spaces (String.split would bring TeaVM's regular expressions, 75 KB). */
    private static String[] words(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                n++;
            }
        }
        String[] out = new String[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            out[k] = text.substring(start, end);
            start = end + 1;
        }
        return out;
    }

    static boolean isPythonBuiltin(String name) {
        for (String b : BUILTINS) {
            if (b.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The suggestion among the candidates, or null. */
    static String best(String[] candidates, int count, String name) {
        if (count >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        int bestDistance = Integer.MAX_VALUE;
        String suggestion = null;
        for (int i = 0; i < count; i++) {
            String item = candidates[i];
            if (item.equals(name)) {
                continue;
            }
            int maxDistance = (utf8Length(name) + utf8Length(item) + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < bestDistance) {
                suggestion = item;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
        }
        return n;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        char la = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
        char lb = b >= 'A' && b <= 'Z' ? (char) (b + 32) : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** CPython's levenshtein_distance, on UTF-16 units (the same as its bytes for ASCII names). */
    static int distance(String a0, String b0, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a0.length();
        int bEnd = b0.length();
        while (aStart < aEnd && bStart < bEnd && a0.charAt(aStart) == b0.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0.charAt(aEnd - 1) == b0.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        String a = a0;
        String b = b0;
        if (bSize < aSize) {
            String t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            char code = b.charAt(bStart + bIndex);
            int distance = bIndex * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                int substitute = distance + substitutionCost(code, a.charAt(aStart + index));
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
