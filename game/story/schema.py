"""The JSON Schema of scene files, generated from the command classes (`python -m game schema`).

Editors with the YAML language server use it for completion and hover help; it is draft-07, the
dialect that server supports best. :func:`validate` checks a value against the small subset of
JSON Schema used here, so tests need no extra dependency.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from game.story import loader  # noqa: F401  (registers every command)
from game.story.lint import default_root
from game.story.model import REGISTRY, Command
from game.story.params import FACINGS, ID_RE, Param

SCHEMA_PATH = Path("dialogue") / "scene.schema.json"
DRAFT = "http://json-schema.org/draft-07/schema#"
FLAG_NAME = r"^[a-z_][a-z0-9_]*$"


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/definitions/{name}"}


# Shapes of `custom` parameters, which the command reads itself; unknown ones accept anything.
CUSTOM: dict[tuple[str, str], dict[str, Any]] = {
    ("if", "elif"): {"type": "array", "items": _ref("elif")},
    ("shop", "items"): {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "required": ["item", "price"],
            "additionalProperties": False,
            "properties": {
                "item": _ref("id"),
                "price": {"type": "integer", "minimum": 0, "maximum": 999},
            },
        },
    },
}


def kind_schema(kind: str) -> dict[str, Any]:
    """The schema of one parameter kind (see game.story.params.Param)."""
    if kind.startswith("list:"):
        one = kind_schema(kind[5:])
        return {"anyOf": [{"type": "array", "items": one}, one]}
    if kind in ("text", "line"):
        return {"type": "string", "minLength": 1}
    if kind == "id" or kind.startswith("ref:"):
        return _ref("id")
    if kind == "int":
        return {"type": "integer"}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "facing":
        return {"enum": list(FACINGS)}
    return {"condition": _ref("condition"), "steps": _ref("steps"), "values": _ref("values"),
            "options": _ref("options")}.get(kind, {})  # fmt: skip


def _doc(cls: type[Command]) -> str:
    return " ".join((cls.__doc__ or "").split())


def param_schema(cls: type[Command], name: str, param: Param) -> dict[str, Any]:
    out = dict(kind_schema(param.kind))
    if param.kind == "custom":
        out = dict(CUSTOM.get((cls.key, name), {}))
    if param.choices:
        out = {"enum": list(param.choices)}
    if param.kind == "int":
        out["minimum"], out["maximum"] = param.bounds
    if param.min_items:
        out["anyOf"][0]["minItems"] = param.min_items
    what = f" ({param.kind[4:]} id)" if param.kind.startswith("ref:") else ""
    if param.doc or what:
        out["description"] = f"{param.doc}{what}"
    if param.default not in (None, ""):
        out["default"] = param.default
    return out


def command_schema(cls: type[Command]) -> dict[str, Any]:
    props = {n: param_schema(cls, n, p) for n, p in cls.params.items()}
    required = [n for n, p in cls.params.items() if p.required]
    doc = _doc(cls)
    if cls.inline:  # parameters sit beside the key: `- if: ...` / `then:`
        if cls.short and cls.short != cls.key:
            props[cls.key] = props.pop(cls.short)
            required = [cls.key if n == cls.short else n for n in required]
        return {"type": "object", "description": doc, "properties": props,
                "required": sorted({cls.key, *required}), "additionalProperties": False}  # fmt: skip
    forms = []
    if not cls.whole:
        forms.append({"type": "object", "properties": props, "required": required,
                      "additionalProperties": False})  # fmt: skip
    if cls.short is not None:
        forms.append(props[cls.short])
    value = forms[0] if len(forms) == 1 else {"anyOf": forms}
    value = {**value, "description": doc}
    return {"type": "object", "properties": {cls.key: value}, "required": [cls.key],
            "additionalProperties": False}  # fmt: skip


def build_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {
        "id": {"type": "string", "pattern": ID_RE.pattern},
        "condition": {"type": ["string", "boolean"], "description": "a condition, e.g. \"told_lucy and count(\\\"tokens\\\") >= 2\""},
        "values": {"type": "object", "minProperties": 1, "additionalProperties": False,
                   "patternProperties": {FLAG_NAME: {"type": ["boolean", "integer", "string"]}}},
        "steps": {"type": "array", "items": _ref("step")},
        "elif": {"type": "object", "required": ["if", "then"], "additionalProperties": False,
                 "properties": {"if": _ref("condition"), "then": _ref("steps")}},
        "option": {"type": "object", "required": ["text"], "additionalProperties": False,
                   "properties": {"text": kind_schema("line"), "id": _ref("id"),
                                  "if": _ref("condition"), "set": _ref("values"),
                                  "add": _ref("values"), "then": _ref("steps")}},
        "options": {"type": "array", "minItems": 1, "items": _ref("option")},
    }  # fmt: skip
    keys = sorted(REGISTRY)
    for key in keys:
        defs[f"cmd_{key}"] = command_schema(REGISTRY[key])
    defs["step"] = {"anyOf": [_ref(f"cmd_{k}") for k in keys]}
    header = {k: _ref("id") for k in ("scene", "beat", "chapter")}
    return {
        "$schema": DRAFT,
        "title": "Hailsham scene file",
        "description": "A scene: its id, optional beat and chapter, and its steps.",
        "type": "object",
        "properties": {**header, "note": {"type": "string"}, "steps": _ref("steps")},
        "required": ["scene", "steps"],
        "additionalProperties": False,
        "definitions": defs,
    }


def render() -> str:
    return json.dumps(build_schema(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


# --- a validator for the subset used above -------------------------------------------------------

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}


def validate(
    value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, where: str = "$"
) -> list[str]:
    """Problems (``where: what``) of ``value`` against ``schema``; empty when it conforms."""
    root = root or schema
    if "$ref" in schema:
        return validate(value, root["definitions"][schema["$ref"].rsplit("/", 1)[1]], root, where)
    if "anyOf" in schema:
        tries = [validate(value, s, root, where) for s in schema["anyOf"]]
        if any(not t for t in tries):
            return []
        # the closest form: fewest complaints about this level itself (the right command key)
        best = min(tries, key=lambda t: _distance(t, where))
        return best if len(tries) == 1 else [f"{where}: matches no allowed form", *best[:3]]
    out: list[str] = []
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        if not any(_TYPES[t](value) for t in types):
            return [f"{where}: expected {' or '.join(types)}"]
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{where}: not one of {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{where}: does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            out.append(f"{where}: too short")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            out.append(f"{where}: too few items")
        for i, item in enumerate(value):
            out += validate(item, schema.get("items", {}), root, f"{where}[{i}]")
    if isinstance(value, dict):
        out += _validate_object(value, schema, root, where)
    return out


def _distance(problems: list[str], where: str) -> tuple[int, int, int]:
    """How far a value is from one form: wrong type here, then other complaints here, then all."""
    here = [p for p in problems if p.startswith(f"{where}:")]
    return (sum(": expected " in p for p in here), len(here), len(problems))


def _validate_object(
    value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], where: str
) -> list[str]:
    out = [f"{where}: missing `{k}`" for k in schema.get("required", []) if k not in value]
    if len(value) < schema.get("minProperties", 0):
        out.append(f"{where}: too few entries")
    props, patterns = schema.get("properties", {}), schema.get("patternProperties", {})
    for key, item in value.items():
        if key in props:
            out += validate(item, props[key], root, f"{where}.{key}")
            continue
        matched = [p for p in patterns if re.search(p, key)]
        for p in matched:
            out += validate(item, patterns[p], root, f"{where}.{key}")
        if not matched and schema.get("additionalProperties", True) is False:
            out.append(f"{where}: unexpected `{key}`")
    return out


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    target = Path(args[0]) if args else default_root() / SCHEMA_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
