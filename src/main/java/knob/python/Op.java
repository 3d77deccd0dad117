package knob.python;

/** The machine's instructions; operands follow the opcode in the code array. */
final class Op {
    static final int CONST = 0;          // k: push consts[k]
    static final int LOAD_FAST = 1;      // s
    static final int STORE_FAST = 2;     // s
    static final int LOAD_GLOBAL = 3;    // g
    static final int STORE_GLOBAL = 4;   // g
    static final int POP = 5;
    static final int DUP = 6;
    static final int DUP2 = 7;
    static final int ROT2 = 8;
    static final int ROT3 = 9;           // a b c -> c a b
    static final int BINARY = 10;        // operator (Ops.ADD...)
    static final int INPLACE = 11;       // operator
    static final int NEG = 12;
    static final int POS = 13;
    static final int NOT = 14;
    static final int COMPARE = 15;       // comparison (Ops.EQ...)
    static final int JUMP = 16;          // target
    static final int POP_JUMP_IF_FALSE = 17;
    static final int POP_JUMP_IF_TRUE = 18;
    static final int JUMP_IF_FALSE_OR_POP = 19;
    static final int JUMP_IF_TRUE_OR_POP = 20;
    static final int BUILD_LIST = 21;    // n
    static final int BUILD_TUPLE = 22;   // n
    static final int BUILD_SLICE = 23;
    static final int SUBSCR = 24;
    static final int STORE_SUBSCR = 25;  // value obj index ->
    static final int GET_ITER = 26;
    static final int FOR_ITER = 27;      // exit target
    static final int UNPACK = 28;        // n
    static final int LOAD_APPEND = 29;
    static final int CALL = 30;          // n
    static final int CALL_KW = 31;       // n, k: consts[k] is a String[] of keyword names
    static final int RETURN = 32;
    static final int MAKE_FUNCTION = 33; // k: consts[k] is a Code

    private Op() {
    }
}
