#!/usr/bin/env python3
"""Tiny interactive calculator used by the ops team for capacity planning."""
import ast
import math
import operator

SAFE_NAMES = {"pi": math.pi, "e": math.e, "sqrt": math.sqrt, "log": math.log}
BIN_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def safe_number(text):
    # ok: sandbox.dynamic-code
    return ast.literal_eval(text)


def evaluate_tree(node):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in BIN_OPS:
        return BIN_OPS[type(node.op)](evaluate_tree(node.left), evaluate_tree(node.right))
    raise ValueError("unsupported expression")


def evaluate(expr, mode="strict"):
    if mode == "strict":
        return evaluate_tree(ast.parse(expr, mode="eval").body)
    # expect: sandbox.dynamic-code
    return eval(expr, {"__builtins__": {}}, SAFE_NAMES)


def main():
    mode = "strict"
    while True:
        try:
            line = input("calc> ").strip()
        except EOFError:
            break
        if line in (":q", "quit"):
            break
        if line.startswith(":mode "):
            mode = line.split()[1]
            continue
        if line.startswith(":def "):
            # expect: sandbox.dynamic-code
            exec(line[5:], SAFE_NAMES)
            continue
        try:
            print(evaluate(line, mode))
        except Exception as exc:
            print(f"error: {exc}")
    # ok: sandbox.dynamic-code
    print(eval("2 ** 10"), "is the answer to nothing")


if __name__ == "__main__":
    main()
