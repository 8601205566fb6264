"""`Công thức` of `Số liệu`: a small arithmetic language, parsed by hand (recursive
descent) and evaluated exactly. Nothing here is ever handed to Python's `eval`: a cell
is data, and a formula can only add, subtract, multiply and divide numbers and the
values of other indicators.

    expression := term (("+" | "-") term)*
    term       := factor (("*" | "/") factor)*
    factor     := ("+" | "-") factor | number | key | "(" expression ")"

Numbers take a decimal point or comma (`0,5`, `0.5`) but no thousands separator; a key
is a `Mã` (letters, digits, `_`, not only digits). `×`, `÷` and the typographic minus
`−` are read as `*`, `/` and `-`, as Word and phones like to type them.

Arithmetic is on fractions, so `a / b * b` is `a` exactly; the result becomes a
Decimal of 34 significant digits only at the end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Callable

from .. import messages as M

# Operators as typed by hand, mapped to the four the grammar knows.
_OPERATORS = {"+": "+", "-": "-", "−": "-", "–": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?!\w)")
_KEY = re.compile(r"\w+")


class FormulaError(ValueError):
    """A formula that cannot be read or computed; the message is Vietnamese and complete."""


@dataclass(frozen=True)
class Num:
    value: Fraction


@dataclass(frozen=True)
class Ref:
    key: str


@dataclass(frozen=True)
class Neg:
    operand: "Node"


@dataclass(frozen=True)
class Bin:
    op: str                 # "+", "-", "*", "/"
    left: "Node"
    right: "Node"


Node = Num | Ref | Neg | Bin


@dataclass(frozen=True)
class _Token:
    kind: str               # "num", "key", "op", "(", ")"
    text: str
    pos: int                # 0-based position in the formula


def _tokens(text: str) -> list[_Token]:
    out = []
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        if ch in "()":
            out.append(_Token(ch, ch, pos))
            pos += 1
            continue
        if ch in _OPERATORS:
            out.append(_Token("op", _OPERATORS[ch], pos))
            pos += 1
            continue
        number = _NUMBER.match(text, pos)
        if number:
            out.append(_Token("num", number.group(), pos))
            pos = number.end()
            continue
        key = _KEY.match(text, pos)
        if key:
            out.append(_Token("key", key.group(), pos))
            pos = key.end()
            continue
        raise FormulaError(M.FORMULA_CHARACTER.format(char=ch, pos=pos + 1))
    return out


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokens(text)
        self.i = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def fail(self, expected: str) -> FormulaError:
        token = self.peek()
        if token is None:
            return FormulaError(M.FORMULA_ENDS_EARLY.format(expected=expected))
        return FormulaError(M.FORMULA_UNEXPECTED.format(found=token.text, pos=token.pos + 1, expected=expected))

    def expression(self) -> Node:
        node = self.term()
        while (t := self.peek()) is not None and t.kind == "op" and t.text in "+-":
            self.take()
            node = Bin(t.text, node, self.term())
        return node

    def term(self) -> Node:
        node = self.factor()
        while (t := self.peek()) is not None and t.kind == "op" and t.text in "*/":
            self.take()
            node = Bin(t.text, node, self.factor())
        return node

    def factor(self) -> Node:
        t = self.peek()
        if t is None:
            raise self.fail(M.FORMULA_OPERAND)
        if t.kind == "op" and t.text in "+-":
            self.take()
            operand = self.factor()
            return Neg(operand) if t.text == "-" else operand
        if t.kind == "num":
            self.take()
            return Num(Fraction(Decimal(t.text.replace(",", "."))))
        if t.kind == "key":
            self.take()
            return Ref(t.text)
        if t.kind == "(":
            self.take()
            node = self.expression()
            if (close := self.peek()) is None or close.kind != ")":
                raise self.fail(M.FORMULA_CLOSE)
            self.take()
            return node
        raise self.fail(M.FORMULA_OPERAND)


def parse(text: str) -> Node:
    """The formula's tree; FormulaError (Vietnamese) when it is not well formed."""
    parser = _Parser(text)
    if not parser.tokens:
        raise FormulaError(M.FORMULA_EMPTY)
    node = parser.expression()
    if parser.peek() is not None:
        raise parser.fail(M.FORMULA_OPERATOR)
    return node


def keys(node: Node) -> list[str]:
    """The keys a formula reads, in order of first appearance."""
    if isinstance(node, Ref):
        return [node.key]
    if isinstance(node, Neg):
        return keys(node.operand)
    if isinstance(node, Bin):
        return list(dict.fromkeys(keys(node.left) + keys(node.right)))
    return []


def show(node: Node) -> str:
    """The formula written back, fully parenthesised where it matters (for messages)."""
    if isinstance(node, Num):
        return format(Decimal(node.value.numerator) / Decimal(node.value.denominator), "f").replace(".", ",")
    if isinstance(node, Ref):
        return node.key
    if isinstance(node, Neg):
        return f"-{show(node.operand)}"
    inner = f"{show(node.left)} {node.op} {show(node.right)}"
    return f"({inner})"


def evaluate(node: Node, value_of: Callable[[str], Decimal]) -> Fraction:
    """The exact value; `value_of` gives each key's value (it may raise FormulaError)."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Ref):
        return Fraction(value_of(node.key))
    if isinstance(node, Neg):
        return -evaluate(node.operand, value_of)
    left, right = evaluate(node.left, value_of), evaluate(node.right, value_of)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    if right == 0:
        raise FormulaError(M.FORMULA_DIVISION_BY_ZERO.format(divisor=show(node.right).strip("()")))
    return left / right


def to_decimal(value: Fraction) -> Decimal:
    """The exact fraction as a Decimal of 34 significant digits (exact when it terminates)."""
    with localcontext() as ctx:
        ctx.prec = 34
        result = Decimal(value.numerator) / Decimal(value.denominator)
    return result.quantize(Decimal(1)) if result == result.to_integral_value() else result
