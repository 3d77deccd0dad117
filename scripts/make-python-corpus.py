#!/usr/bin/env python3
"""Writes the corpus that Knob's Python is tested against: programs and what python3 printed.

Run once from the repository root with python3 (3.11), after `mvn -q test-compile` (the lesson
programs come from Knob's own PythonExport); the output is checked in:

    src/test/resources/knob/python/corpus/NNN-name.py   a program in Knob's Python
    src/test/resources/knob/python/corpus/NNN-name.out  exactly what `python3 NNN-name.py` wrote to
        stdout, followed, when it ended with an uncaught exception, by the last line of the
        traceback (e.g. "ZeroDivisionError: float division by zero") and a newline.

CorpusTest runs every program through knob.python.Execution and compares byte for byte.
"""
import glob
import os
import subprocess
import sys
import textwrap

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "src", "test", "resources", "knob", "python", "corpus")
programs = []


def add(name, source):
    programs.append((name, textwrap.dedent(source).lstrip("\n")))


def fails(expr):
    try:
        eval(expr, {})
        return False
    except Exception:
        return True


def complex_result(expr):
    try:
        return isinstance(eval(expr, {}), complex)
    except Exception:
        return False


def expressions(name, exprs, per=12):
    """print(expr) for each; those that raise get a program each, the rest share programs."""
    exprs = [e for e in exprs if not complex_result(e)]
    ok = [e for e in exprs if not fails(e)]
    bad = [e for e in exprs if fails(e)]
    for i in range(0, len(ok), per):
        chunk = ok[i:i + per]
        add(f"{name}-{i // per + 1}", "".join(f"print({e})\n" for e in chunk))
    for j, e in enumerate(bad):
        add(f"{name}-error-{j + 1}", f"x = 1\nprint('before')\nprint({e})\nprint('not reached')\n")


# ---- 1. Knob's own programs, lesson by lesson, and variations of them ----
lessons = subprocess.run(["java", "-cp", "target/classes:target/test-classes", "knob.python.CorpusLessons"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
lesson_programs = []
for part in lessons.split("#@ ")[1:]:
    name, _, code = part.partition("\n")
    lesson_programs.append((name, code))
    add("lesson-" + name, code)

gd = dict(lesson_programs)["alpha"]
hc = dict(lesson_programs)["hot-cold"]
add("slip-assigns-the-step", gd.replace("weight = weight - alpha * weight_delta", "weight = weight_delta * alpha"))
add("slip-compares-up-with-up", hc.replace("if down_error < up_error:", "if up_error < up_error:"))
add("slip-step-changes", hc.replace("(weight - step_amount)", "(weight - step_amount * 2)"))
add("typo-wieght", gd.replace("pred = my_input * weight", "pred = my_input * wieght"))
add("typo-goal", gd.replace("delta = pred - goal_pred", "delta = pred - goal_prd"))
add("typo-in-function", gd.replace("result = miss * miss", "result = mis * miss"))
add("diverges-to-overflow", gd.replace("alpha = 0.1", "alpha = 3.0").replace("range(20)", "range(400)"))
add("more-iterations", gd.replace("range(20)", "range(60)"))
add("input-zero", gd.replace("my_input = 2.0", "my_input = 0.0"))
add("negative-input", gd.replace("my_input = 2.0", "my_input = -1.5"))
add("int-weight", gd.replace("weight = 0.5", "weight = 1"))
add("hot-cold-int-step", hc.replace("step_amount = 0.001", "step_amount = 1"))
add("hot-cold-while", """
    weight = 0.5
    goal_pred = 0.8
    my_input = 0.5
    step_amount = 0.001
    iteration = 0
    while iteration < 1101:
        pred = my_input * weight
        error = (pred - goal_pred) * (pred - goal_pred)
        up_error = (goal_pred - my_input * (weight + step_amount)) * (goal_pred - my_input * (weight + step_amount))
        down_error = (goal_pred - my_input * (weight - step_amount)) * (goal_pred - my_input * (weight - step_amount))
        if down_error < up_error:
            weight -= step_amount
        elif down_error > up_error:
            weight += step_amount
        iteration += 1
    print("Error:", error, "Prediction:", pred, "Iterations:", iteration)
""")
add("gradient-in-a-function", """
    def step(weight, my_input, goal_pred, alpha):
        pred = my_input * weight
        delta = pred - goal_pred
        return weight - alpha * delta * my_input, delta * delta

    weight, error = 0.5, 0.0
    history = []
    for i in range(25):
        weight, error = step(weight, 2.0, 0.8, 0.1)
        history.append(round(error, 6))
    print(weight, error)
    print(history)
    print(min(history), max(history), sum(history), len(history))
""")

# ---- 2. every operator on every type pair ----
values = {"int": "7", "negint": "-3", "bigint": "2 ** 70", "bool": "True", "float": "2.5", "negzero": "-0.0",
          "str": "'ab'", "list": "[1, 2]", "tuple": "(1, 2)", "none": "None"}
ops = ["+", "-", "*", "/", "//", "%", "**", "<", "<=", ">", ">=", "==", "!=", "in"]
seen_messages = set()
for op in ops:
    ok = []
    for lname, l in values.items():
        for rname, r in values.items():
            if op == "**" and rname == "bigint":
                continue
            if complex_result(f"({l}) {op} ({r})"):
                continue  # complex numbers are not part of Knob's Python
            if op == "%" and lname == "str":
                continue  # printf-style formatting is not part of Knob's Python
            expr = f"({l}) {op} ({r})"
            if fails(expr):
                try:
                    eval(expr, {})
                except Exception as e:
                    key = (op, type(e).__name__, str(e))
                if key in seen_messages:
                    continue
                seen_messages.add(key)
                opname = {"+": "add", "-": "sub", "*": "mul", "/": "div", "//": "floordiv", "%": "mod", "**": "pow",
                          "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne", "in": "in"}[op]
                add(f"op-{opname}-{lname}-{rname}", f"a = {l}\nb = {r}\nprint('a', a, 'b', b)\nprint(a {op} b)\n")
            else:
                ok.append(f"{(l + ' ' + op + ' ' + r + ' ->')!r}, ({expr})")
    opname = {"+": "add", "-": "sub", "*": "mul", "/": "div", "//": "floordiv", "%": "mod", "**": "pow",
              "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne", "in": "in"}[op]
    for i in range(0, len(ok), 20):
        add(f"op-{opname}-{i // 20 + 1}", "".join(f"print({e})\n" for e in ok[i:i + 20]))

expressions("unary", ["-7", "-(-7)", "+7", "-2.5", "+2.5", "-0.0", "-(0.0)", "- -0.0", "-(2 ** 70)", "-True",
                      "+True", "not 0", "not 1", "not ''", "not 'a'", "not []", "not [0]", "not None", "not 0.0",
                      "not -0.0", "-'a'", "+'a'", "-[1]", "-None", "+None", "+(1,)", "-(2 ** 31)", "-(-2 ** 31)"])
expressions("logic", ["1 and 2", "0 and 2", "1 or 2", "0 or 2", "'' or 'x'", "[] or [1]", "None or 0", "0.0 and 1",
                      "1 and 0 or 3", "not 1 or 2", "1 < 2 and 2 < 3", "(1, 2) and None"])
expressions("chained", ["1 < 2 < 3", "1 < 3 < 2", "3 > 2 > 1 > 0", "1 == 1 == 1.0", "1 < 2 > 0", "1 <= 1 < 2 <= 2",
                        "'a' < 'b' < 'c'", "1 < 2 < 'x'", "2 < 1 < 'x'", "0 < 0.5 < 1 < 1.5", "[1] < [2] < [3]",
                        "1 != 2 != 1", "1 in [1] in [[1]]"])

# ---- 3. integers and floats at the edges ----
expressions("int", ["2 ** 100", "-2 ** 100", "(-2) ** 101", "2 ** 64 - 1", "2 ** 31", "-2 ** 31", "2 ** 31 - 1 + 1",
                    "(2 ** 31) * (2 ** 31)", "46341 * 46341", "-46341 * 46341", "65536 * 65536", "3 ** 40",
                    "10 ** 30 // 7", "-10 ** 30 // 7", "10 ** 30 % 7", "-10 ** 30 % 7", "10 ** 30 % -7",
                    "-7 // 2", "7 // -2", "-7 // -2", "-7 % 2", "7 % -2", "-7 % -2", "0 // 5", "0 % -5",
                    "-(2 ** 31) // -1", "(-2 ** 31) % -1", "2 ** 200 // 2 ** 100", "2 ** 200 % (2 ** 100 + 1)",
                    "(2 ** 100 + 5) // (2 ** 50 + 3)", "(2 ** 100 + 5) % (2 ** 50 + 3)",
                    "-(2 ** 100 + 5) // (2 ** 50 + 3)", "-(2 ** 100 + 5) % (2 ** 50 + 3)",
                    "123456789012345678901234567890 * 987654321098765432109876543210",
                    "(10 ** 40 + 1) // 10 ** 20", "2 ** 0", "0 ** 0", "0 ** 5", "(-1) ** 1001", "1 ** -1",
                    "2 ** -1", "2 ** -1074", "2 ** -1075", "10 ** -400", "(-2) ** -3", "0 ** -1", "1 // 0",
                    "1 % 0", "1 / 0", "2 ** 70 // 0", "abs(-2 ** 70)", "7 / 2", "-7 / 2", "1 / 3", "2 ** 70 / 3",
                    "10 ** 400 / 10 ** 399", "10 ** 400 / 3", "1 / 10 ** 400", "-1 / 10 ** 400",
                    "(2 ** 53 + 1) / 1", "9007199254740993 / 1", "9007199254740995 / 3", "2 ** 1100 / 2 ** 1000",
                    "2 ** 1024 / 2", "2 ** 1025 / 2", "3 ** 700 / 2 ** 1100", "2 ** 2000 / 3 ** 1000",
                    "1 / (2 ** 1074)", "3 / (2 ** 1076)", "1 / (2 ** 1075)", "(2 ** 1075 + 1) / 2 ** 2150",
                    "True + True", "True * 3", "False - 1", "True / 2", "True // True", "True ** 10", "-True % 3",
                    "int('12345678901234567890') * 3", "1000000 * 1000000", "99999 * 99999 * 99999"])
expressions("tofloat", ["9007199254740993 + 0.0", "9007199254740995 + 0.0", "2 ** 53 + 1.0", "2 ** 64 + 0.5",
                        "2 ** 1023 * 1.0", "2 ** 1024 * 1.0", "2 ** 1024 + 0.5", "-(2 ** 1024) * 1.0",
                        "(2 ** 1024 - 2 ** 970) * 1.0", "(2 ** 1024 - 2 ** 971) * 1.0",
                        "(2 ** 1024 - 2 ** 970 - 1) * 1.0", "10 ** 308 * 1.0", "10 ** 309 * 1.0",
                        "float(2 ** 80 + 1)", "float(-(2 ** 63))", "float(10 ** 22)", "float(10 ** 23)",
                        "float(123456789012345678901234567890)", "2 ** 70 == 2.0 ** 70", "2 ** 70 + 1 == 2.0 ** 70",
                        "2 ** 70 + 1 > 2.0 ** 70", "2 ** 70 - 1 < 2.0 ** 70", "9007199254740993 == 9007199254740992.0",
                        "9007199254740993 > 9007199254740992.0", "10 ** 400 > float('inf')",
                        "-10 ** 400 < float('-inf')", "10 ** 400 == float('nan')", "10 ** 400 > 1e308",
                        "1 == 1.0", "1 < 1.5", "-1 > -1.5", "2 ** 70 < 2.5", "3 != 3.0"])
expressions("float", ["0.1 + 0.2", "1e16 + 1", "1e16 + 2", "1 / 3 * 3", "1e308 * 10", "-1e308 * 10", "1e-320",
                      "5e-324 / 2", "1e300 * 1e10 - 1e300 * 1e10", "0.1 * 3", "2.5 // 1", "-2.5 // 1",
                      "2.5 % 1", "-2.5 % 1", "2.5 % -1", "-0.0 % 1", "0.0 % -1", "-0.0 // 1", "0.0 // -1",
                      "5.0 // 0.1", "5.0 % 0.1", "-5.0 // 0.1", "1e308 // 1e-308", "7.5 // 2", "-7.5 // 2",
                      "7 // 2.0", "-7 % 2.5", "1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "0.0 / 0.0",
                      "1 // 0.0", "1 % 0.0", "float('inf') - float('inf')", "float('inf') * 0",
                      "float('nan') == float('nan')", "float('nan') != float('nan')", "float('inf') // 1",
                      "float('inf') % 2", "1 % float('inf')", "-1 % float('inf')", "1 // float('inf')",
                      "-1 // float('inf')", "2.0 ** 10", "2.0 ** -2", "2.0 ** 0.5", "(-8.0) ** 3", "(-2.0) ** -3",
                      "0.0 ** 0", "0.0 ** 2", "(-0.0) ** 3", "(-0.0) ** 2", "0.0 ** -1", "10.0 ** 400",
                      "10.0 ** 308", "10.0 ** -400", "(-10.0) ** 401", "1.5 ** 1000", "1.5 ** 2000",
                      "0.5 ** 1074", "0.5 ** 1075", "1.0 ** 1e300", "(-1.0) ** 1e300", "2.0 ** float('inf')",
                      "0.5 ** float('inf')", "float('inf') ** 0", "float('nan') ** 0", "1 ** float('nan')",
                      "float('inf') ** -1", "(-float('inf')) ** 3", "(-float('inf')) ** 2", "(-2.0) ** 0.5",
                      "2 ** 0.5", "10 ** 0.5", "9 ** 0.5", "1e308 ** 2", "1.1 ** 3", "0.1 ** 3", "3.0 ** 3",
                      "2.5 ** 5", "1e200 * 1e200", "-1e200 * 1e200", "1e-200 * 1e-200", "1e22", "1e23",
                      "1.7976931348623157e308", "2.2250738585072014e-308", "0.1", "1/7", "100.0", "1e16",
                      "123456789.123456789", "0.00001", "0.0001", "-0.0", "float('-0')", "1e-7", "1.5e-5"])
expressions("round", ["round(2.675, 2)", "round(0.125, 2)", "round(0.375, 2)", "round(2.5)", "round(3.5)",
                      "round(-2.5)", "round(-0.5)", "round(0.5)", "round(1.5)", "round(2.5, 0)", "round(-0.4, 0)",
                      "round(1234.5678, -2)", "round(1250.0, -2)", "round(1350.0, -2)", "round(5e-324, 323)",
                      "round(1e300, -299)", "round(1.7976931348623157e308, -308)", "round(123, -1)",
                      "round(125, -1)", "round(135, -1)", "round(-125, -1)", "round(15, -1)", "round(25, -1)",
                      "round(2 ** 70, -5)", "round(7, 2)", "round(True)", "round(True, 2)", "round(0.1 + 0.2, 15)",
                      "round(0.1 + 0.2, 16)", "round(0.1 + 0.2, 17)", "round(1e-10, 5)", "round(-1e-10, 5)",
                      "round(123.456, None)", "round(2.5, None)", "round(float('inf'))", "round(float('nan'))",
                      "round(float('inf'), 2)", "round(float('nan'), 2)", "round('a')", "round(1.5, 1.5)",
                      "round(1e22)", "round(1e300)", "round(-1e20)", "round(0.285, 2)", "round(1.005, 2)",
                      "round(4.35, 1)", "round(4.45, 1)", "round(-4.45, 1)", "round(0.5, 400)", "round(0.5, -400)",
                      "round(1.23456789e-300, 305)", "round(9.995, 2)", "round(99.5)", "round(100.5)"])

# ---- 4. strings, lists, tuples: indexing, slicing, repr ----
expressions("repr", ["repr('a')", "repr(\"it's\")", "repr('say \"hi\"')", "repr('both \\' and \"')", "repr('tab\\t')",
                     "repr('nl\\n')", "repr('cr\\r')", "repr('back\\\\slash')", "repr('\\x00\\x1f\\x7f')",
                     "repr('é')", "repr('\\u00a0')", "repr('\\xad')", "repr('日本')", "repr('\\u2028')",
                     "repr('\\U0001f600')", "repr('')", "repr([])", "repr(())", "repr((1,))", "repr([1, 'a', 2.5])",
                     "repr((None, True, False))", "repr([[1, 2], (3,), []])", "repr(-0.0)", "repr(1e16)",
                     "repr(range(3))", "repr(range(1, 5, 2))", "repr(range(5, 1, -1))", "str(range(0))",
                     "repr(len)", "repr(print)", "str([1.0, 'x'])", "str(('a',))", "str('a')", "str(None)",
                     "str(True)", "str(2 ** 100)", "str(-2 ** 100)", "[('a', \"b'\")]"])
expressions("index", ["'hello'[1]", "'hello'[-1]", "'hello'[5]", "'hello'[-6]", "'hello'[1.0]", "'hello'['a']",
                      "[1, 2, 3][0]", "[1, 2, 3][-3]", "[1, 2, 3][3]", "[1, 2, 3][-4]", "[1, 2][1.5]", "[1, 2]['a']",
                      "[1, 2][None]", "(1, 2)[1]", "(1, 2)[2]", "(1, 2)[1.0]", "[1, 2][True]", "[1, 2][2 ** 70]",
                      "range(10)[3]", "range(10)[-1]", "range(10)[10]", "range(1, 10, 3)[2]", "5[0]", "None[0]",
                      "2.5[1]", "len[0]", "[[1, 2], [3]][0][1]", "'abc'[0][0][0]", "[1, 2][0, 1]"])
expressions("slice", ["'hello'[1:3]", "'hello'[:2]", "'hello'[2:]", "'hello'[::-1]", "'hello'[::2]",
                      "'hello'[-3:]", "'hello'[:-3]", "'hello'[10:]", "'hello'[-10:2]", "'hello'[4:1:-1]",
                      "'hello'[1:4:-1]", "'hello'[::0]", "'hello'[1.5:]", "'hello'[None:None:None]",
                      "[1, 2, 3, 4, 5][1:4]", "[1, 2, 3, 4, 5][::-2]", "[1, 2, 3, 4, 5][-2:]", "[1, 2, 3][5:1:-1]",
                      "[1, 2, 3][-5:-1]", "(1, 2, 3, 4)[::3]", "(1, 2, 3)[1:]", "(1, 2, 3)[3:]",
                      "[1, 2, 3][True:]", "[1, 2, 3][:2 ** 70]", "[1, 2, 3][-2 ** 70:]", "[1, 2, 3][::2 ** 70]",
                      "[1, 2, 3][::-2 ** 70]", "'abcdef'[-1:-4:-1]", "'abcdef'[5:-7:-2]", "[][1:2]", "''[::-1]",
                      "(1, 2)[::-1]", "5[1:2]", "[1, 2, 3]['a':]", "[1, 2, 3][:, 1]"])
expressions("sequence", ["[1, 2] + [3]", "(1,) + (2, 3)", "'ab' + 'cd'", "[1] * 3", "3 * [1, 2]", "'ab' * 3",
                         "'ab' * -1", "[0] * 0", "(1, 2) * 2", "'a' * True", "[1] * 2.0", "'a' * 'b'", "[1] + (2,)",
                         "(1,) + [2]", "'a' + 1", "1 + 'a'", "[1] + 'a'", "'a' + [1]", "[1, 2] == [1, 2]",
                         "[1, 2] == (1, 2)", "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]", "[1, 'a'] < [1, 'b']",
                         "[1, 'a'] < [1, 2]", "[1, 2] < [1, 'a']", "(1, 2) > (1,)", "'abc' < 'abd'", "'Z' < 'a'",
                         "'' < 'a'", "'a' < 1", "[] == []", "() == ()", "[[]] == [[]]", "[1.0] == [1]",
                         "[float('nan')] == [float('nan')]", "2 in [1, 2]", "2.0 in [1, 2]", "'b' in 'abc'",
                         "'bc' in 'abc'", "'' in 'abc'", "1 in 'abc'", "3 in (1, 2)", "[1] in [[1], 2]",
                         "5 in range(10)", "10 in range(10)", "4 in range(0, 10, 2)", "5 in range(0, 10, 2)",
                         "2.0 in range(3)", "'a' not in 'abc'", "1 in 5", "len([1, 2, 3])", "len('')", "len((1,))",
                         "len(range(0, 10, 3))", "len(range(10, 0, -3))", "len(range(5, 1))", "len(5)", "len(None)",
                         "len(2.5)", "len()", "len('a', 'b')"])

# ---- 5. built-ins ----
expressions("int-builtin", ["int()", "int(5)", "int(-2.7)", "int(2.7)", "int(1e20)", "int(-1e20)", "int(True)",
                            "int('  12 ')", "int('-12')", "int('+12')", "int('1_000')", "int('1__0')", "int('_1')",
                            "int('')", "int(' ')", "int('1.5')", "int('abc')", "int('12a')", "int('٣')",
                            "int('0012')", "int(float('inf'))", "int(float('nan'))", "int(None)", "int([1])",
                            "int((1,))", "int('9' * 30)", "int(' -0 ')", "int('\\t7\\n')", "int(1e308)",
                            "int(5e-324)", "int(-0.0)", "int(2 ** 70)", "int('1' * 4301)", "int('1' * 4300) % 7"])
expressions("float-builtin", ["float()", "float(5)", "float(-0)", "float('  1.5 ')", "float(' 1e5 ')",
                              "float('inf')", "float('-inf')", "float('+inf')", "float('Infinity')", "float('nan')",
                              "float('-nan')", "float('iNf')", "float('1_000.5')", "float('1__0')", "float('.5')",
                              "float('5.')", "float('.')", "float('e5')", "float('1e')", "float('1e400')",
                              "float('-1e400')", "float('1e-400')", "float('0x10')", "float('abc')", "float('')",
                              "float(None)", "float([1])", "float(2 ** 1024)", "float(2 ** 1023)",
                              "float('2.2250738585072011e-308')", "float('4.9406564584124654e-324')",
                              "float('2e23')", "float('8.98846567431158e307')", "float('0.1e1')",
                              "float('1' * 400)", "float(True)", "float('  -0.0  ')", "float('1 2')",
                              "float('infinityy')", "float('nana')"])
expressions("str-builtin", ["str()", "str(5)", "str(-0.0)", "str(1e22)", "str(1e-5)", "str([1, [2, (3,)]])",
                            "str(())", "str(1.0)", "str(100.0)", "str(1e16)", "str(0.1 + 0.2)", "str(2 ** 64)",
                            "str(True) + str(None)", "str(3) * 3", "repr(3) + repr('3')", "repr()", "repr(1, 2)",
                            "str(10 ** 4299)[:5]", "len(str(10 ** 4299))", "str(10 ** 4300)", "str(-10 ** 5000)",
                            "repr(2 ** 20000)"])
expressions("abs-builtin", ["abs(-5)", "abs(5)", "abs(-2.5)", "abs(-0.0)", "abs(True)", "abs(False)",
                            "abs(-2 ** 100)", "abs(-(2 ** 31))", "abs(float('-inf'))", "abs(float('nan'))",
                            "abs('a')", "abs(None)", "abs([1])", "abs()", "abs(1, 2)"])
expressions("minmax", ["min(3, 1, 2)", "max(3, 1, 2)", "min([4, 2, 8])", "max([4, 2, 8])", "min('hello')",
                       "max('hello')", "min((1.5, 1))", "max((1, 1.0))", "max((1.0, 1))", "min([1, 1.0])",
                       "min([[2], [1, 5]])", "max(['a', 'b'])", "min([])", "max(())", "min('')", "min()", "max()",
                       "min(5)", "max(None)", "min([1, 'a'])", "max('a', 1)", "min(range(5, 1, -1))",
                       "max(range(3))", "min([float('nan'), 1, 2])", "min([1, float('nan'), 0])",
                       "max([float('nan'), 5])", "max([5, float('nan')])", "min(True, 0)", "max(-0.0, 0)",
                       "max(0, -0.0)", "min(2 ** 70, 2 ** 69)", "max(enumerate('ab'))"])
expressions("sum", ["sum([1, 2, 3])", "sum([])", "sum((1.5, 2.5))", "sum([0.1] * 10)", "sum(range(101))",
                    "sum([1, 2], 10)", "sum([[1], [2]], [])", "sum([(1,), (2,)], ())", "sum(['a', 'b'])",
                    "sum(['a'], '')", "sum([1, 'a'])", "sum(5)", "sum()", "sum([True, True])",
                    "sum([2 ** 70, 1])", "sum([1, 2.5, 2 ** 60])", "sum([1e308, 1e308])", "sum([1, 2], 0.5)",
                    "sum([0.1, 0.2, 0.3])", "sum('abc')", "sum([1], 2, 3)", "sum(range(10), -45)"])
expressions("range", ["range(5)", "range(2, 5)", "range(0, 10, 3)", "range(0)", "range()", "range(1, 2, 3, 4)",
                      "range(1.5)", "range('a')", "range(1, 5, 0)", "range(True)", "range(2 ** 31 - 1)",
                      "len(range(-5))", "range(None)", "range(1, 'a')", "range(5)[-5]"])

add("print-sep-end", """
    print(1, 2, 3, sep='-')
    print(1, 2, 3, sep='')
    print('a', 'b', end='!')
    print()
    print('x', end='')
    print('y')
    print(sep='?')
    print(1, 2, sep=None, end=None)
    print('multi\\nline', 'tab\\tbed')
    print(1.0, -0.0, 2 ** 64, None, True, [1, 'two'], (3,), '')
    print('unicode: é 日本 😀')
    print('', '', sep='|')
    print(end='')
    print('done')
""")
add("print-sep-error", "print('a', 'b', sep=1)\n")
add("print-end-error", "print('a', end=[])\n")
add("print-no-newline-then-error", "print('partial', end='')\nprint(1 / 0)\n")
add("enumerate", """
    for i, c in enumerate('abc'):
        print(i, c)
    for i, v in enumerate([10, 20], 5):
        print(i, v)
    for pair in enumerate((1.5, None)):
        print(pair)
    for i, (a, b) in enumerate([(1, 2), (3, 4)]):
        print(i, a + b)
    for i, j in enumerate(range(3, 0, -1)):
        print(i * j)
    for k in enumerate(enumerate('xy')):
        print(k)
    for i, x in enumerate([], -1):
        print('never')
""")
add("enumerate-not-iterable", "for i, x in enumerate(5):\n    print(i)\n")
add("enumerate-float-start", "print('a')\nfor i, x in enumerate('ab', 1.5):\n    print(i)\n")
add("append", """
    a = []
    a.append(1)
    a.append('two')
    a.append([3])
    a.append(a[0])
    print(a, len(a))
    b = a
    b.append(None)
    print(a)
    x = a.append(5)
    print(x)
    print(a)
""")
add("append-self", "a = [1]\na.append(a)\nprint(a)\nb = [a, (a,)]\nprint(b)\n")
add("append-on-tuple", "t = (1, 2)\nt.append(3)\n")
add("append-on-str", "s = 'ab'\nprint(s)\ns.append('c')\n")
add("append-no-args", "a = []\na.append()\n")
add("append-two-args", "a = []\na.append(1, 2)\n")

# ---- 6. statements ----
add("assign-unpack", """
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    (c, d), e = (3, 4), 5
    print(c, d, e)
    [f, g] = 'xy'
    print(f, g)
    h = i = 7
    print(h, i)
    j, k = [8, 9]
    print(j + k)
    l, m = range(2)
    print(l, m)
    t = 1, 2, 3
    print(t)
    u = 4,
    print(u)
    x, y, z = t
    print(z, y, x)
""")
add("unpack-too-many", "a, b = 1, 2, 3\n")
add("unpack-too-few", "a, b, c = [1, 2]\n")
add("unpack-non-iterable", "a, b = 5\n")
add("unpack-str", "a, b = 'abc'\n")
add("unpack-none", "print(1)\na, b = None\n")
add("augmented", """
    x = 5
    x += 2
    x -= 1
    x *= 3
    x /= 4
    print(x)
    y = 17
    y //= 5
    y %= 2
    y **= 10
    print(y)
    s = 'a'
    s += 'b'
    s *= 3
    print(s)
    l = [1]
    m = l
    l += [2]
    l += 'ab'
    l += (3,)
    l += range(2)
    print(l, m)
    l *= 2
    print(m)
    t = (1,)
    u = t
    t += (2,)
    print(t, u)
    a = [1, 2, 3]
    a[0] += 10
    a[-1] *= 2
    a[1] -= 0.5
    print(a)
    n = [[1, 2], [3]]
    n[0][1] += 5
    n[1] += [4]
    print(n)
""")
add("augmented-list-int", "l = [1]\nl += 5\n")
add("augmented-str-int", "s = 'a'\ns += 1\n")
add("augmented-undefined", "total += 1\n")
add("augmented-tuple-item", "t = (1, 2)\nt[0] += 1\n")
add("augmented-index-error", "a = [1]\na[1] += 1\n")
add("item-assign", """
    a = [1, 2, 3]
    a[0] = 'x'
    a[-1] = a
    print(a)
    a[True] = 2.5
    print(a[0], a[1])
    b = [[0] * 3] * 2
    b[0][0] = 1
    print(b)
    c = [[0] * 3, [0] * 3]
    c[0][0] = 1
    print(c)
""")
add("item-assign-out-of-range", "a = [1, 2]\na[2] = 3\n")
add("item-assign-tuple", "t = (1, 2)\nt[0] = 3\n")
add("item-assign-str", "s = 'ab'\ns[0] = 'c'\n")
add("item-assign-int", "n = 5\nn[0] = 1\n")
add("item-assign-float-index", "a = [1, 2]\na[0.0] = 3\n")
add("if-elif-else", """
    for x in range(-2, 3):
        if x < 0:
            print(x, 'negative')
        elif x == 0:
            print(x, 'zero')
        elif x == 1:
            print(x, 'one')
        else:
            print(x, 'many')
    if []:
        print('no')
    elif '':
        print('no')
    else:
        print('empty things are false')
    if 0.0 or None or ():
        print('no')
    if 'a' and [0] and (0,) and -1 and 0.1:
        print('all true')
""")
add("while-break-continue", """
    i = 0
    total = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 15:
            break
        total += i
    print(i, total)
    n = 27
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    print(steps)
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if j == i:
                continue
            print(i, j)
""")
add("for-over-everything", """
    for c in 'hi':
        print(c)
    for x in [1, 'two', 3.0]:
        print(x)
    for x in (None, True):
        print(x)
    for i in range(10, 0, -3):
        print(i)
    for i in range(-5, -1):
        print(i)
    for i in range(0):
        print('never')
    for i in range(3, 3):
        print('never')
    for a, b in [(1, 2), (3, 4)]:
        print(a * b)
    a = [1, 2, 3]
    for x in a:
        if len(a) < 6:
            a.append(x * 10)
    print(a)
    print(i, x)
""")
add("for-over-int", "for i in 5:\n    print(i)\n")
add("for-over-none", "print('start')\nfor i in None:\n    print(i)\n")
add("for-over-float", "for i in 2.5:\n    print(i)\n")
add("for-range-float", "for i in range(2.0):\n    print(i)\n")
add("functions", """
    def add(a, b):
        return a + b
    def nothing():
        pass
    def early(x):
        if x > 0:
            return 'positive'
        return
    def pair(x):
        return x, x * 2
    print(add(1, 2), add('a', 'b'), add([1], [2]))
    print(nothing(), early(1), early(-1))
    p, q = pair(3)
    print(p, q, pair(1.5))
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    print(fact(30))
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)
    print([fib(i) for_ in range(0)] if False else fib(20))
""".replace("[fib(i) for_ in range(0)] if False else ", ""))
add("function-scope", """
    x = 'global'
    def show():
        print(x)
    def shadow():
        x = 'local'
        print(x)
    show()
    shadow()
    print(x)
    def counter(n):
        total = 0
        for i in range(n):
            total += i
        return total
    print(counter(10))
    def uses_later():
        return later * 2
    later = 21
    print(uses_later())
""")
add("unbound-local", """
    count = 0
    def bump():
        count += 1
        return count
    print('calling')
    bump()
""")
add("unbound-local-read", """
    weight = 0.5
    def step():
        print(weight)
        weight = weight - 0.1
    step()
""")
add("call-too-many", "def f(a):\n    return a\nprint(f(1, 2))\n")
add("call-too-few", "def f(a, b):\n    return a\nprint(f(1))\n")
add("call-missing-two", "def f(a, b, c):\n    return a\nprint(f(1))\n")
add("call-missing-three", "def f(a, b, c):\n    return a\nprint(f())\n")
add("call-none-given", "def f():\n    return 1\nprint(f(1))\n")
add("call-two-given", "def g(x, y):\n    return 1\nprint(g(1, 2, 3))\n")
add("call-int", "x = 5\nx(1)\n")
add("call-str", "'abc'()\n")
add("call-list", "a = [1]\nprint(a(0))\n")
add("call-none", "def f():\n    pass\nf()()\n")
add("recursion-limit", "def f(n):\n    return f(n + 1)\nf(0)\n")
add("recursion-limit-print", "def f(n):\n    print(n)\n    f(n + 1)\nf(1)\n")
add("recursion-deep-ok", "def depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1)\nprint(depth(998))\n")
add("recursion-just-too-deep", "def depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1)\nprint(depth(999))\n")
add("mutual-recursion", """
    def even(n):
        if n == 0:
            return True
        return odd(n - 1)
    def odd(n):
        if n == 0:
            return False
        return even(n - 1)
    print(even(10), odd(7), even(501))
""")

# ---- 7. NameError and its suggestions ----
for name, program in [
        ("name-wieght", "weight = 0.5\nprint(wieght)\n"),
        ("name-no-suggestion", "alpha = 1\nprint(zzzzzz)\n"),
        ("name-prnt", "prnt('hi')\n"),
        ("name-case", "Weight = 1\nprint(weight)\n"),
        ("name-builtin-lenn", "print(lenn([1]))\n"),
        ("name-in-function", "def f(goal_pred):\n    return goal_prd\nf(1)\n"),
        ("name-local-beats-global", "goal_pred = 1\ndef f(goal_pre):\n    return goal_prd\nf(1)\n"),
        ("name-first-of-equals", "ab = 1\nac = 2\nprint(ad)\n"),
        ("name-order-of-binding", "ac = 2\nab = 1\nprint(ad)\n"),
        ("name-long", "a_very_long_variable_name_that_goes_on = 1\nprint(a_very_long_variable_name_that_goes_of)\n"),
        ("name-too-different", "pred = 1\nprint(prediction)\n"),
        ("name-true", "print(ture)\n"),
        ("name-True-typo", "print(Ture)\n"),
        ("name-none", "x = none\n"),
        ("name-unbound-global-later", "print(later)\nlater = 1\n"),
        ("name-function-later", "f()\ndef f():\n    pass\n"),
        ("name-dunder", "print(__nme__)\n"),
        ("name-rnage", "for i in rnage(3):\n    print(i)\n"),
        ("name-step-amount", "step_amount = 0.1\nstep_amoutn = 1\nprint(step_amout)\n"),
        ("name-error-var", "error = 1\nprint(eror)\n"),
        ("name-alpha", "alpha = 0.1\nweight = 0.5\nweight -= alhpa * 2\n"),
]:
    add(name, program)

# ---- 8. runtime errors ----
for name, program in [
        ("zero-int-div", "print(10 / 0)\n"),
        ("zero-float-div", "x = 0.0\nprint(1.5 / x)\n"),
        ("zero-floordiv", "print(7 // 0)\n"),
        ("zero-mod", "print(7 % 0)\n"),
        ("zero-float-floordiv", "print(7.0 // 0)\n"),
        ("zero-float-mod", "print(7.5 % 0.0)\n"),
        ("zero-pow", "print(0 ** -2)\n"),
        ("zero-float-pow", "print(0.0 ** -2.5)\n"),
        ("overflow-pow", "x = 10.0\nprint(x ** 309)\n"),
        ("overflow-int-to-float", "print(2 ** 1024 + 0.5)\n"),
        ("overflow-int-div", "print(2 ** 2000 / 3)\n"),
        ("overflow-squares", "x = 1.5\nfor i in range(20):\n    x = x ** 2\n    print(x)\n"),
        ("overflow-mul-is-inf", "x = 1e200\nprint(x * x)\n"),
        ("int-str-limit", "x = 10 ** 5000\nprint('big')\nprint(x)\n"),
        ("int-str-limit-str", "s = str(7 ** 6000)\n"),
        ("index-list", "a = [1, 2, 3]\nprint(a[3])\n"),
        ("index-tuple", "t = (1,)\nprint(t[-2])\n"),
        ("index-str", "print('abc'[10])\n"),
        ("type-add", "print(1 + 'a')\n"),
        ("type-concat", "print('Error: ' + 0.5)\n"),
        ("type-concat-int", "error = 3\nprint('Error:' + error)\n"),
        ("type-sub-str", "print('a' - 'b')\n"),
        ("type-compare", "print(1 < 'a')\n"),
        ("type-compare-list", "print([1] > 5)\n"),
        ("type-neg-str", "print(-'a')\n"),
        ("type-mul-seq", "print('a' * 2.5)\n"),
        ("type-not-subscriptable", "x = 5\nprint(x[0])\n"),
        ("type-len", "print(len(5))\n"),
        ("type-none-add", "def f():\n    pass\nprint(f() + 1)\n"),
        ("value-int", "print(int('one'))\n"),
        ("value-float", "print(float('1,5'))\n"),
        ("value-min-empty", "print(min([]))\n"),
        ("value-range-step", "print(range(1, 2, 0))\n"),
        ("value-slice-step", "print([1, 2][::0])\n"),
        ("attribute-int", "x = 5\nx.append(1)\n"),
        ("error-after-output", "for i in range(5):\n    print(10 / (2 - i))\n"),
        ("error-in-nested-call", "def a(x):\n    return b(x) * 2\ndef b(x):\n    return 1 / x\nprint(a(2))\nprint(a(0))\n"),
        ("error-line-in-loop", "total = 0\nfor i in range(3):\n    total += i\n    print(total)\nprint(total / (total - 3))\n"),
]:
    add(name, program)

# ---- 9. small programs that mix everything ----
add("primes", """
    primes = []
    n = 2
    while len(primes) < 25:
        is_prime = True
        for p in primes:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(n)
        n += 1
    print(primes)
    print(sum(primes), max(primes), min(primes))
""")
add("fizzbuzz", """
    for i in range(1, 21):
        if i % 15 == 0:
            print('FizzBuzz')
        elif i % 3 == 0:
            print('Fizz')
        elif i % 5 == 0:
            print('Buzz')
        else:
            print(i)
""")
add("big-factorials", """
    f = 1
    for i in range(1, 101):
        f *= i
    print(f)
    print(len(str(f)))
    print(f // 2 ** 90, f % 1000000007)
    print(f / 3 ** 150)
    print(2 ** 1000 // 3 ** 500)
    print(-(2 ** 100) // 7, -(2 ** 100) % 7)
""")
add("collatz-lengths", """
    def collatz(n):
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        return steps
    best = 0
    arg = 0
    for i in range(1, 3000):
        s = collatz(i)
        if s > best:
            best = s
            arg = i
    print(arg, best)
""")
add("bubble-sort", """
    data = [5, 3.5, -1, 8, 0, 2, 9, -7, 3]
    n = len(data)
    for i in range(n):
        for j in range(n - 1 - i):
            if data[j] > data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
    print(data)
    words = ['pear', 'apple', 'fig', 'Banana']
    for i in range(len(words)):
        for j in range(len(words) - 1):
            if words[j] > words[j + 1]:
                t = words[j]
                words[j] = words[j + 1]
                words[j + 1] = t
    print(words)
""")
add("strings", """
    s = 'Grokking'
    r = ''
    for c in s:
        r = c + r
    print(r, s[::-1] == r, len(s), s[2:5], s[-3:], s * 2)
    line = ''
    for i in range(5):
        line += str(i) + ','
    print(line[:-1])
    print(repr(line), str(3.0) + '!', 'x' in line, '3' in line)
    print('a' < 'b', 'abc' < 'abd', 'B' < 'a', min('zebra'), max('zebra'))
""")
add("float-accumulate", """
    x = 0.0
    for i in range(1000):
        x += 0.001
    print(x)
    y = 1.0
    for i in range(60):
        y /= 3
    print(y)
    z = 1.0
    for i in range(100):
        z *= 1.1
    print(z, round(z, 3), round(z), int(z))
    print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10))
""")
add("weight-walk-list", """
    weight = 0.5
    goal_pred = 0.8
    my_input = 2.0
    alpha = 0.1
    weights = []
    errors = []
    for iteration in range(20):
        pred = my_input * weight
        error = (pred - goal_pred) ** 2
        errors.append(error)
        weight = weight - alpha * (pred - goal_pred) * my_input
        weights.append(weight)
    print(weights[-1], errors[-1])
    print(len(weights), min(errors), max(errors))
    print(weights[::5])
""")

# ---- strs count code points, as CPython does (not UTF-16 units); escapes and literal emoji ----
add("str-code-points", r"""
    s = 'a\U0001F600b'
    print(len(s), len('\U0001F600'), s[1], s[-1], s[2], repr(s[1]))
    print(s[1:], s[:2], s[::-1], s[::2], s[-2:], s[1:2] == '\U0001F600')
    n = 0
    for c in s:
        n += 1
        print(n, c, len(c))
    for i, c in enumerate('x\U0001F43By'):
        print(i, c)
    a, b, c = 'p\U0001F600q'
    print(a, b, c)
    t = '\U0001F600' * 3 + 'end'
    print(len(t), t[3], t[2:4])
""")
add("str-code-points-literal", """
    s = 'ok \U0001F44D done'
    print(len(s), s[3], s[3:5], len(s[::-1]), s[::-1])
""")
add("str-code-points-order", r"""
    print('\U0001F600' > '\uffff', '\ue000' < '\U00010000', '\ud7ff' < '\ue000')
    print(repr(max('a\U0001F600\uffee')), repr(min('\U0001F600\uffee')))
    words = ['\uff21', '\U0001F600', 'z', '\u00e9']
    for i in range(len(words)):
        for j in range(len(words) - 1):
            if words[j] > words[j + 1]:
                words[j], words[j + 1] = words[j + 1], words[j]
    print(words)
""")
add("str-code-points-errors", r"""
    s = '\U0001F600\U0001F601'
    print(len(s), s[1], repr(s[-2]))
    print(s[2])
""")
add("str-code-points-repr", r"""
    print(repr('\U0001F600'), repr('\U000E0001'), repr('\U0010FFFF'), repr('\u00a0\u00ad\u2028'))
    print(repr('caf\u00e9'), len('caf\u00e9'), repr('\u0378'), repr('\U0001F6FF'))
""")
add("str-int-unicode-digits", r"""
    print(int('\u0663\u0664'), int(' \uff11\uff12 '), int('\U0001D7D9'), int('1_\u0662'))
    print(int('\u0663x'))
""")
# ---- common mistakes: CPython 3.11's SyntaxError and IndentationError, word for word ----
add("syntax-missing-colon-if", "x = 1\nif x > 0\n    print(x)\n")
add("syntax-missing-colon-for", "for i in range(3)\n    print(i)\n")
add("syntax-missing-colon-def", "def f(x)\n    return x\n")
add("syntax-missing-colon-while", "while True\n    pass\n")
add("syntax-missing-colon-else", "if 1:\n    pass\nelse\n    pass\n")
add("syntax-no-indent-for", "for i in range(3):\nprint(i)\n")
add("syntax-no-indent-if", "x = 1\nif x:\nprint(x)\n")
add("syntax-no-indent-def", "def f():\nreturn 1\n")
add("syntax-no-indent-while", "while False:\npass\n")
add("syntax-no-indent-else", "if 0:\n    pass\nelse:\npass\n")
add("syntax-no-indent-elif", "if 0:\n    pass\nelif 1:\npass\n")
add("syntax-unexpected-indent", "x = 1\n    y = 2\n")
add("syntax-unindent-mismatch", "if True:\n        a = 1\n    b = 2\n")
add("syntax-assign-literal", "1 = x\n")
add("syntax-assign-literal-str", "'a' = 1\n")
add("syntax-assign-call", "f() = 1\n")
add("syntax-assign-expr", "a + 1 = 2\n")
add("syntax-unmatched-close", "x = 1)\n")
add("syntax-invalid-syntax", "x = = 1\n")
add("syntax-unterminated-string", "x = 'abc\n")
add("syntax-keyword-as-name", "for = 1\n")
add("syntax-augassign-literal", "1 += 2\n")
add("syntax-def-no-parens", "def f:\n    pass\n")
add("syntax-trailing-op", "x = 1 +\n")
add("syntax-unclosed-paren", "x = (1 + 2\nprint(x)\n")
add("syntax-unclosed-bracket", "x = [1, 2\ny = 3\n")
add("syntax-unclosed-inner", "x = (1 + [2\ny = 1\n")
add("syntax-unclosed-call", "print('a'\n")
add("syntax-mismatched-brackets", "x = (1, 2]\n")
add("syntax-mismatched-brackets-lines", "x = (1,\n 2]\n")
add("syntax-mismatched-call", "f(a, [1, 2)\n")
add("syntax-forgot-comma", "print(1 2)\n")
add("syntax-forgot-comma-list", "x = [1 2 3]\n")
add("syntax-forgot-comma-names", "weight = 0.5\nprint(weight alpha)\n")
add("syntax-forgot-comma-tuple", "t = (1, 2 3)\n")
add("syntax-name-then-str", "print(x 'a')\n")
add("syntax-print-statement", "print 'hi'\n")
add("syntax-print-statement-name", "weight = 1\nprint weight\n")
add("float-unicode-digits", "print(float('\u0661\u0662\u0663.\u0665'), float('\uff11\uff12'), float('\U0001d7d9.\U0001d7dd'))\n"
    "print(float(' \u3000 2.5\u0085'), int(' \u2003 7 '), float('\x0b-1e3\x0c'))\n")
add("float-separator-char", "print(float('1.5'))\nprint(float('1.5\\x1f'))\n")
add("float-null-char", "print(float('1.5\\x00'))\n")
add("int-separator-char", "print(int('\\x1c3'))\n")
add("float-fullwidth-letters", "print(float('\uff49\uff4e\uff46'))\n")
add("int-long-message-cut", "print(int('x' * 300))\n")
add("int-long-message-cut-wide", "print(int('\U0001f600' * 300))\n")
add("str-long-order", "s = 'a' * 5000 + 'b'\nt = 'a' * 5000 + 'c'\nprint(s < t, [s] < [t], max(s, t) == t, s <= s, min([t, s, t]) == s)\n")

add("class-reprs", "print(int, str(float), enumerate, range, str)\nprint(repr(int), [len, float], len)\n")
add("class-type-name", "print(int == int, int == float)\nprint(len(int))\n")
add("class-subscript", "x = str\nprint(x[0])\n")
add("class-no-append", "int.append(1)\n")
add("enumerate-no-argument", "print(enumerate())\n")

add("syntax-if-assign", "x = 1\nif x = 1:\n    print(x)\n")
add("syntax-while-assign", "x = 1\nwhile x = 1:\n    x = 2\n")
add("syntax-elif-assign-call", "x = 1\nif x == 2:\n    pass\nelif len(x) = 1:\n    pass\n")
add("syntax-if-compare-assign", "x = 1\nif x == 1 = 2:\n    pass\n")
add("syntax-for-literal", "for 1 in range(3):\n    print(1)\n")
add("syntax-for-tuple-call", "for i, f() in range(3):\n    print(i)\n")
add("syntax-dollar", "x = $\n")
add("syntax-question-mark", "x = 1 ? 2\n")
add("syntax-backtick", "x = `1`\n")
add("syntax-euro", "print(1)\nx = \u20ac\n")
add("null-byte-in-source", "print(1)\x00print(2)\n")
add("syntax-non-printable", "print(1)\nx = 1\x01\n")
add("syntax-non-printable-nbsp", "x =\xa01\n")
add("syntax-non-printable-zero-width-space", "print(1)\nwe\u200bight = 1\n")
add("syntax-non-printable-direction-mark", "x = 1\u200e\nprint(x)\n")
add("syntax-non-printable-bom-mid-file", "x = 1\ny = \ufeff2\n")
add("syntax-non-printable-line-separator", "x = 1\u2028\n")
add("syntax-printable-invalid-character", "x = 1 \u00b7 2\n")
add("brackets-200-nested", "x = " + "(" * 200 + "1" + ")" * 200 + "\nprint(x)\ny = " + "[" * 199 + "(2)" + "]" * 199 + "\nprint(len(y))\n")
add("brackets-201-nested", "print(0)\nx = " + "(" * 100 + "[" * 101 + "1" + "]" * 101 + ")" * 100 + "\n")
add("number-touching-keywords", "print(1or 2, 1and 0, 1in [1], 2not in [1], 2.5or 0, 1e3and 7, 0b1or 0, 0o7and 3)\n")

add("indent-tab-then-spaces", "if True:\n\tprint(1)\n        print(2)\n")
add("indent-spaces-then-tab", "if True:\n        print(1)\n\tprint(2)\n")
add("indent-tab-deeper", "if True:\n    if True:\n\tprint(2)\n")
add("indent-tab-dedent", "if True:\n\tif True:\n\t\tprint(2)\n        print(3)\n")
add("indent-tabs-consistent", "for i in range(2):\n\tif i:\n\t\tprint(i)\n\telse:\n\t    print('zero')\n")
add("indent-99-levels", "".join(" " * i + "if True:\n" for i in range(99)) + " " * 99 + "print(99)\n")
add("indent-100-levels", "print(0)\n" + "".join(" " * i + "if True:\n" for i in range(100)) + " " * 100 + "print(100)\n")



# big ints as the page computes them (the engine's BigInt): Python's floor division and modulo of
# negatives, int-to-float and int / int rounded once (ties to even, subnormals, the overflow at
# 2 ** 1024 - 2 ** 970), exact powers, the decimal digit limit with a sign
add("bigint-floor-negative", """\
a = 2 ** 200 + 12345
b = -(3 ** 90)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7, -a // -7, -a % -7)
print(b // a, b % a, a // b, a % b, b // 10 ** 20, b % 10 ** 20)
print(a // (2 ** 200), (-a) // (2 ** 200), (2 ** 64) // -1, -(2 ** 64) % 3)
print((2 ** 31) // -1, -(2 ** 31) // -1, (-2 ** 31) % -1, -(2 ** 31) // 1)
print(2 ** 1000 // 3 ** 500, -(2 ** 1000) // 3 ** 500, 2 ** 1000 % -(3 ** 500))
""")
add("bigint-to-float-ties", """\
print(2 ** 53 + 1 + 0.0, float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 54 + 2), float(2 ** 54 + 6))
print(float(2 ** 64 + 2 ** 11), float(2 ** 64 + 2 ** 11 + 1), float(-(2 ** 64 + 2 ** 11)), float(-(2 ** 64 + 3 * 2 ** 11)))
print(float((2 ** 53 + 1) * 2 ** 900), float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
print(2 ** 63 < 2.0 ** 63 + 1, 2 ** 53 + 1 > 2.0 ** 53, -(2 ** 70) == -(2.0 ** 70), 10 ** 20 + 0.5)
""")
add("bigint-true-division-ties", """\
print((2 ** 54 + 1) / 2, (2 ** 54 + 3) / 2, (2 ** 55 + 2) / 4, (2 ** 55 + 6) / 4, (2 ** 55 + 7) / 4)
print(10 ** 30 / 3, -(10 ** 30) / 7, 10 ** 30 / -(3 ** 40), 1 / 10 ** 30, -1 / 3 ** 60)
print((10 ** 400 + 1) / 10 ** 399, 10 ** 300 / 10 ** 310, 3 ** 700 / 5 ** 600, 0 / 10 ** 30, 0 / -(10 ** 30))
print(2 ** 1100 / 2 ** 80, 1 / 2 ** 1074, 3 / 2 ** 1075, 1 / 2 ** 1075, 3 / 2 ** 1076, 2 ** 2000 / 3 ** 1300)
print(5 / 2 ** 1076, 7 / 2 ** 1076, (2 ** 60 + 1) / 2 ** 1130, -(2 ** 60 + 1) / 2 ** 1130, 1 / 2 ** 1200)
print(2 ** 1024 / 2, (2 ** 1024 - 2 ** 970 - 1) / 1, -(2 ** 1024 - 2 ** 970 - 1) / -1)
""")
add("bigint-true-division-overflow-tie", "print((2 ** 1024 - 2 ** 970 - 1) / 1)\nprint((2 ** 1024 - 2 ** 970) / 1)\n")
add("bigint-true-division-overflow", "print(-(2 ** 1100) / 3)\n")
add("bigint-to-float-overflow-tie", "print(float(2 ** 1024 - 2 ** 970 - 1))\nprint(float(2 ** 1024 - 2 ** 970))\n")
add("bigint-to-float-overflow-add", "print(10 ** 400 * 1.0)\n")
add("bigint-huge-power", """\
x = 7 ** 5000
print(len(str(x)), x % 1000, x // 10 ** 4200 % 10 ** 9)
print((-3) ** 4001 % 10 ** 12, (-3) ** 4001 // 10 ** 1900 < 0, (-2) ** 127, (-2) ** 128 - 1)
print(str(-(10 ** 4299))[:3], len(str(-(10 ** 4299))), len(repr(10 ** 4299)))
print(str(-(10 ** 4300)))
""")
add("bigint-float-powers", """\
print(3.0 ** 600, 1.1 ** 500, (-1.1) ** 301, 2.5 ** -700, 1.5 ** 1700, 0.5 ** 1074, 0.5 ** 1075)
print(10.0 ** 22, 10.0 ** 21, 10.0 ** -5, 7.0 ** 19, 2.0 ** -1074, (-2.0) ** 1023)
print(1.5 ** 2000)
""")
add("bigint-round-and-int", """\
print(round(2.675, 2), round(1.5e300, -299), round(123456.789, -2), round(0.5e-300, 301), round(1e308, -308))
print(round(5e-324, 323), round(-2.5e15 + 0.5), round(2.5e20), int(1e300) % 997, int(-1.5e20), int(2.0 ** 70) // 3)
print(int('1' * 50) % 1000007, 0x123456789abcdef0123, 0o7777777777777777777, 0b11111111111111111111111111111111111)
print(int('-' + '9' * 40) // 10 ** 35, int('  -000' + '7' * 30 + ' '), abs(-(2 ** 80)), -(-(2 ** 31)))
""")
add("range-len-beyond-int", """\
print(len(range(-2147483648, 2147483647)), len(range(-2147483648, 1)), len(range(-2147483648, 2147483647, 2)))
print(len(range(2147483647, -2147483648, -1)), len(range(0, 2147483647)), len(range(5, -5)))
""")
add("int-limit-before-junk", "print(int('1' * 4300 + '2'[:0]))\nprint(int('1' * 4301 + 'x'))\n")
add("int-limit-before-spaced-junk", "print(int(' ' + '1' * 4301 + ' x'))\n")
add("int-limit-underscore-first", "print(int('1' * 4301 + '_'))\n")
add("print-writes-before-a-failing-argument", "print('a', 'b', 10 ** 4300, sep='-')\n")
add("print-writes-before-a-failing-list", "print(1, [2, 10 ** 4300])\n")
add("zeros-literal-beyond-the-limit", "x = " + "0" * 4301 + "\nprint(x, 0_" + "0" * 4301 + ")\n")

add("syntax-def-open-paren-colon", "def f(:\n    pass\n")
add("syntax-if-open-paren-colon", "x = 1\nif (x:\n    pass\n")
add("syntax-invalid-before-unclosed", "x = (1 +)\ny = (\n")
add("syntax-forgot-comma-unclosed", "print(1 2\n")
add("syntax-annotation-unclosed", "def f(x:\n    pass\n")
add("literal-binary-digit", "print(0b12)\n")
add("literal-binary-digit-9", "x = 0b19\n")
add("literal-binary-digit-after-underscore", "print(0b1_2)\n")
add("literal-octal-digit", "print(0o9)\n")
add("literal-octal-digit-after-digits", "print(0o78)\n")
add("literal-hex-empty", "print(0x)\n")
add("literal-hex-trailing-underscore", "print(0x1_)\n")
add("literal-binary-trailing-underscore", "print(0b1_)\n")
add("literal-octal-trailing-underscore", "print(0o1_)\n")
add("literal-binary-double-underscore", "print(0b1__1)\n")
add("literal-binary-underscore-then-letter", "print(0b1_a)\n")
add("literal-decimal-trailing-underscore", "print(1_)\n")
add("literal-decimal-double-underscore", "print(1__0)\n")
add("literal-underscores-that-are-fine", "print(0b_1, 0o_7, 0x_f, 0b0_1_1, 1_000, 1e1_0, 1.0_1)\n")
add("float-of-100001-digits", "print(float('1' * 100001), float('-' + '9' * 100001), float('0.' + '0' * 100001 + '1'))\n")
add("float-of-many-digits-exact", "s = '1' * 300000\nprint(float(s + 'e-299990'), float('0.' + '1' * 200000))\n")

# Repetition by counts that CPython 3.11 refuses before it asks for memory: beyond a ssize_t
# (OverflowError), a str longer than a ssize_t (OverflowError), beyond what PyUnicode_New,
# PyMem_New or a tuple's object can hold (MemoryError, one past the largest size each asks
# for). Counts that CPython would try to allocate stop at Knob's limit instead (ExecutionTest).
expressions("repeat-huge", [
    "'ab' * (2 ** 63 - 1)", "'ab' * 2 ** 63", "[0] * 2 ** 63", "(1,) * 2 ** 62", "'' * 2 ** 100", "[] * 2 ** 70",
    "2 ** 63 * 'a'", "2 ** 64 * (1,)", "-(2 ** 63) * [0]", "'a' * (-(2 ** 63) - 1)", "[0] * -(2 ** 100)",
    "'' * (2 ** 63 - 1)", "[] * (2 ** 63 - 1)", "() * (2 ** 63 - 1)", "'ab' * -(2 ** 63)", "(1, 2) * -(2 ** 40)",
    "'a' * (2 ** 63 - 49)", "'\u00e9' * (2 ** 63 - 73)", "'\u20ac' * (2 ** 62 - 37)", "'\U0001f600' * (2 ** 61 - 19)",
    "'a\U0001f600' * (2 ** 62)", "'ab' * 2 ** 62", "[0] * 2 ** 60", "[1, 2] * 2 ** 59", "(0,) * (2 ** 60 - 5)",
    "(0, 1, 2) * 2 ** 61", "'ab' * True", "True * 'ab'", "[1] * False", "(1, 2) * True", "'ab' * -3",
    "[1, 2] * -1", "'ab' * 1.0", "2.0 * [1]", "'ab' * None", "[1] * 'ab'",
])
add("repeat-huge-in-place", """
    s = 'ab'
    s *= -(2 ** 63)
    print(repr(s))
    t = (1, 2)
    t *= True
    print(t)
    l = [1, 2]
    l *= 0
    print(l)
    s = 'ab'
    s *= 2 ** 63
""")
add("repeat-huge-in-place-str", "s = 'ab'\ns *= 2 ** 63 - 1\nprint(s)\n")
add("repeat-huge-in-place-list", "x = [1, 2]\ny = x\nx *= 2 ** 59 - 1\nprint(len(y))\n")
add("repeat-huge-in-place-list-by-one-item", "x = [0]\nx *= 2 ** 60 - 3\nprint(x)\n")
add("repeat-huge-in-place-tuple", "t = (0,)\nt *= 2 ** 60 - 5\nprint(t)\n")
add("repeat-huge-in-place-empty", "x = []\nx *= 2 ** 63 - 1\nt = ()\nt *= 2 ** 62\ns = ''\ns *= 2 ** 62\nprint(x, t, repr(s))\nx *= 2 ** 63\n")
add("string-prefixes-in-either-case", "print(R'a\\nb', U'x', r'\\d', u'y', len(R'\\n'))\n")

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "*")):
        os.remove(f)
    names = set()
    for i, (name, source) in enumerate(programs, 1):
        assert name not in names, name
        names.add(name)
        base = os.path.join(OUT, f"{i:03d}-{name}")
        with open(base + ".py", "w", encoding="utf-8", newline="\n") as f:
            f.write(source)
        r = subprocess.run([sys.executable, base + ".py"], capture_output=True, timeout=60)
        out = r.stdout
        if r.returncode != 0:
            last = r.stderr.decode("utf-8").rstrip("\n").split("\n")[-1]
            out += (last + "\n").encode("utf-8")
        with open(base + ".out", "wb") as f:
            f.write(out)
    print(len(programs), "programs written to", OUT)


if __name__ == "__main__":
    main()
