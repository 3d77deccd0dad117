package knob.python;

import java.util.List;

/** A statement of Knob's Python, with its line. */
public sealed interface Stmt {
    int line();

    record ExprStmt(Expr expr, int line) implements Stmt {
    }

    /** {@code a = b = value}: each target is a Name, an Index or a tuple/list of targets. */
    record Assign(List<Expr> targets, Expr value, int line) implements Stmt {
    }

    /** {@code target op= value}, op one of {@code + - * / // % **}. */
    record AugAssign(Expr target, String op, Expr value, int line) implements Stmt {
    }

    /** if/elif/else: elif is an If inside orElse. */
    record If(Expr test, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, int line) implements Stmt {
    }

    record For(Expr target, Expr iterable, List<Stmt> body, int line) implements Stmt {
    }

    record Def(String name, List<String> params, List<Stmt> body, int line) implements Stmt {
    }

    /** value is null for a bare {@code return}. */
    record Return(Expr value, int line) implements Stmt {
    }

    record Break(int line) implements Stmt {
    }

    record Continue(int line) implements Stmt {
    }

    record Pass(int line) implements Stmt {
    }
}
