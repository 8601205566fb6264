"""The shape of the package (docs/kien-truc.md): layers that import only downwards,
no import circle, and no import of drafter's own modules hidden inside a function
without a comment that says why."""
from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "drafter"

# Lowest first. A module may import its own layer or a lower one, never a higher one.
LAYERS = (
    ("messages", "errors", "figures", "wording", "markup", "model", "document", "problems", "files"),
    ("workbook",),
    ("compose",),
    ("render",),
    ("record",),
    ("build", "batch"),
    ("serve",),
    ("cli", "__main__"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    top = module.split(".")[1] if module.count(".") else ""
    for rank, names in enumerate(LAYERS):
        if top in names:
            return rank
    raise AssertionError(f"{module} belongs to no layer: add it to LAYERS and to docs/kien-truc.md")


@functools.lru_cache(maxsize=None)      # each file parsed once for the four tests
def imports(path: Path) -> tuple[tuple[str, int, bool], ...]:
    """(imported drafter module, line, inside a function) of one source file."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # The nodes under a function, each once (an outer function's walk covers the inner ones).
    functions: set[int] = set()
    pending = [tree]
    while pending:
        node = pending.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                functions.update(id(n) for n in ast.walk(child))
            else:
                pending.append(child)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("drafter"):
                names = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
                for name in names:
                    found.append((_existing(name), node.lineno, id(node) in functions))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("drafter"):
                    found.append((_existing(alias.name), node.lineno, id(node) in functions))
    return tuple(found)


def _existing(name: str) -> str:
    """`drafter.compose.rating.compose` → `drafter.compose.rating` (the module imported)."""
    while name.count("."):
        path = PACKAGE.parent / name.replace(".", "/")
        if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
            return name
        name = name.rsplit(".", 1)[0]
    return name


def graph() -> dict[str, list[tuple[str, int, bool]]]:
    return {module_name(p): imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_nothing_imports_a_higher_layer():
    wrong = [f"{m} → {target} (line {line})" for m, found in graph().items() for target, line, _ in found
             if target != "drafter" and layer(target) > layer(m)]
    assert not wrong, "imports that point up a layer:\n" + "\n".join(wrong)


def test_no_import_circle():
    edges = {m: {t for t, _, _ in found if t != m and t != "drafter"} for m, found in graph().items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(edges.get(m, ())):
            if state.get(t) == 1:
                raise AssertionError("import circle: " + " → ".join(stack[stack.index(t):] + [t]))
            if t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m)


def test_imports_inside_functions_say_why():
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for target, line, inside in imports(path):
            text, above = lines[line - 1], lines[line - 2].strip() if line > 1 else ""
            if inside and "#" not in text and not above.startswith("#"):
                unexplained.append(f"{module_name(path)}:{line} imports {target}")
    assert not unexplained, "say why in a comment on the line:\n" + "\n".join(unexplained)


def test_the_rule_sees_a_violation():
    # The checker itself: an upward import and a hidden one are found.
    assert layer("drafter.compose.rating") < layer("drafter.render.docx")
    found = imports(PACKAGE / "cli.py")
    assert ("drafter.build", True) in {(t, inside) for t, _, inside in found}      # inside use_cases()
    assert ("drafter.files", False) in {(t, inside) for t, _, inside in found}


def test_namespaces_are_spelled_once():
    spelled = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if "schemas.openxmlformats.org/wordprocessingml" in p.read_text(encoding="utf-8")
               or "schemas.openxmlformats.org/drawingml" in p.read_text(encoding="utf-8")]
    assert spelled == ["render/ooxml.py"]
