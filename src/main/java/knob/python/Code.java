package knob.python;

/** A compiled function (or the module): flat instructions, constants, and a line per instruction. */
final class Code {
    final String name;
    final int[] ops;
    final int[] lines;
    final Object[] consts;
    final int params;
    /** Local variable names by slot (params first), as CPython's co_varnames. */
    final String[] varnames;

    /** The keyword names of each call that has them (CALL_KW's second operand). */
    final String[][] keywords;

    Code(String name, int[] ops, int[] lines, Object[] consts, int params, String[] varnames, String[][] keywords) {
        this.keywords = keywords;
        this.name = name;
        this.ops = ops;
        this.lines = lines;
        this.consts = consts;
        this.params = params;
        this.varnames = varnames;
    }
}
