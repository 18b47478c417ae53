"""`python -m game story`: the scene graph as text and as a picture, with word counts.

    python -m game story                       every chapter: its scenes, words, what leads where
    python -m game story --out story.svg       the graph drawn (also .png, or .dot for Graphviz)
    python -m game story --chapter hailsham    one chapter
    python -m game story path/to/mod           the game with a mod laid over it

Text lists each chapter (scenes, words) and each scene with its words, what leads to it (a map
object, a goto or call, the chapter's opening) and where it leads. The picture puts each chapter
in a band, scenes left to right by how many steps they are from the chapter's way in, lines for
goto (solid), call (dashed), map objects (the map named under the scene) and chapter hand-overs.
Everything is drawn by this module (SVG by hand, PNG with pygame); Graphviz is not needed.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import pygame

from game.story.graph import SceneGraph, build_graph, story_order
from game.story.lint.check import default_root
from game.story.lint.content import Content, load_content
from game.story.lint.modcheck import as_mod

NODE_W, NODE_H = 168, 30
MAX_ROWS = 12  # scenes in one column of a band
GAP_X, GAP_Y, BAND_GAP, MARGIN, BAND_HEAD = 44, 10, 26, 16, 24
COLORS = {
    "goto": (120, 170, 230),
    "call": (150, 200, 150),
    "next_chapter": (230, 170, 90),
    "other": (180, 160, 200),
}


@dataclass
class Node:
    scene: str
    chapter: str
    words: int
    maps: list[str]
    x: int = 0
    y: int = 0


@dataclass
class Layout:
    nodes: dict[str, Node] = field(default_factory=dict)
    bands: list[tuple[str, str, int, int, int]] = field(
        default_factory=list
    )  # id, title, y, h, words
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # scene, scene, kind
    width: int = 0
    height: int = 0


def chapter_order(c: Content) -> list[str]:
    chapters = list(c.lib.chapters)
    others = sorted({s.chapter or "" for s in c.lib.scenes.values()} - set(chapters))
    return chapters + others


def depths(graph: SceneGraph, scenes: list[str]) -> dict[str, int]:
    """Steps from the chapter's ways in (its opening, scenes a map plays, scenes nothing leads to)."""
    inside = set(scenes)
    incoming = {
        s: [e for e in graph.into(f"scene:{s}") if e.source.removeprefix("scene:") in inside]
        for s in scenes
    }
    roots = [
        s
        for s in scenes
        if not incoming[s]
        or any(not e.source.startswith("scene:") for e in graph.into(f"scene:{s}"))
    ]
    depth = dict.fromkeys(roots or scenes[:1], 0)
    queue = list(depth)
    while queue:
        sid = queue.pop(0)
        for edge in graph.out_of(f"scene:{sid}"):
            target = edge.target.removeprefix("scene:")
            if edge.target.startswith("scene:") and target in inside and target not in depth:
                depth[target] = depth[sid] + 1
                queue.append(target)
    for sid in scenes:  # in a cycle nothing enters: put it after the rest
        depth.setdefault(sid, max(depth.values(), default=0) + 1)
    return depth


def layout(c: Content, graph: SceneGraph, only: str | None = None) -> Layout:
    out = Layout()
    y = MARGIN
    widest = 0
    for chapter in chapter_order(c):
        if only is not None and chapter != only:
            continue
        scenes = sorted(
            graph.chapters.get(chapter, []), key=lambda s: (str(c.lib.scenes[s].file), s)
        )
        if not scenes:
            continue
        depth = depths(graph, scenes)
        levels: dict[int, list[str]] = {}
        for sid in scenes:
            levels.setdefault(depth[sid], []).append(sid)
        columns: dict[int, list[str]] = {}  # a level with many scenes takes several columns
        for _level, sids in sorted(levels.items()):
            for start in range(0, len(sids), MAX_ROWS):
                columns[len(columns)] = sids[start : start + MAX_ROWS]
        rows = max(len(v) for v in columns.values())
        band_h = BAND_HEAD + rows * (NODE_H + GAP_Y)
        words = sum(graph.words.get(s, 0) for s in scenes)
        title = str((c.lib.chapters.get(chapter) or {}).get("title") or chapter or "(no chapter)")
        out.bands.append((chapter, title, y, band_h, words))
        for col, sids in sorted(columns.items()):
            for row, sid in enumerate(sids):
                maps = sorted(
                    {
                        e.source[4:]
                        for e in graph.into(f"scene:{sid}")
                        if e.source.startswith("map:")
                    }
                )
                node = Node(sid, chapter, graph.words.get(sid, 0), maps)
                node.x = MARGIN + col * (NODE_W + GAP_X)
                node.y = y + BAND_HEAD + row * (NODE_H + GAP_Y)
                out.nodes[sid] = node
                widest = max(widest, node.x + NODE_W)
        y += band_h + BAND_GAP
    for edge in graph.edges:
        if edge.source.startswith("scene:") and edge.target.startswith("scene:"):
            a, b = edge.source[6:], edge.target[6:]
            if a in out.nodes and b in out.nodes:
                out.edges.append((a, b, edge.kind))
        elif edge.kind == "next_chapter" and edge.source[6:] in out.nodes:
            nxt = edge.target.removeprefix("chapter:")
            opening = str((c.lib.chapters.get(nxt) or {}).get("scene") or "")
            if opening in out.nodes:
                out.edges.append((edge.source[6:], opening, "next_chapter"))
    out.width, out.height = widest + MARGIN, y - BAND_GAP + MARGIN
    return out


# -- text ----------------------------------------------------------------------------------------
def as_text(c: Content, graph: SceneGraph, only: str | None = None) -> str:
    lines: list[str] = []
    total = 0
    for chapter in chapter_order(c):
        if only is not None and chapter != only:
            continue
        members = set(graph.chapters.get(chapter, []))
        scenes = [s for s in story_order(graph, c.lib.scenes, list(c.lib.chapters)) if s in members]
        if not scenes:
            continue
        words = sum(graph.words.get(s, 0) for s in scenes)
        total += words
        title = (c.lib.chapters.get(chapter) or {}).get("title") or chapter or "(no chapter)"
        lines.append(f"{title} [{chapter or '-'}]: {len(scenes)} scenes, {words} words")
        for sid in scenes:
            froms = [_from(e.source, e.kind, e.label) for e in graph.into(f"scene:{sid}")]
            tos = [f"{e.kind} {e.target.split(':', 1)[-1]}" for e in graph.out_of(f"scene:{sid}")]
            lines.append(f"  {sid} ({graph.words.get(sid, 0)} words)")
            lines.append(f"    from: {', '.join(froms) or 'nothing (unreachable)'}")
            if tos:
                lines.append(f"    to:   {', '.join(tos)}")
    lines.append(f"total: {sum(len(v) for v in graph.chapters.values())} scenes, {total} words")
    return "\n".join(lines) + "\n"


def _from(source: str, kind: str, label: str) -> str:
    what, _, name = source.partition(":")
    if what == "map":
        return f"{kind} `{label}` on map {name}"
    if what == "chapter":
        return f"{'the hint' if kind == 'hint' else 'opening'} of chapter {name}"
    return f"{kind} from {name}"


def as_dot(c: Content, graph: SceneGraph, only: str | None = None) -> str:
    lay = layout(c, graph, only)
    out = ["digraph story {", '  rankdir=LR; node [shape=box, fontname="sans"];']
    for i, (chapter, title, _y, _h, words) in enumerate(lay.bands):
        out.append(f'  subgraph cluster_{i} {{ label="{_q(title)} ({words} words)";')
        for node in lay.nodes.values():
            if node.chapter == chapter:
                where = f"\\n{', '.join(node.maps)}" if node.maps else ""
                out.append(
                    f'    "{_q(node.scene)}" [label="{_q(node.scene)}\\n{node.words} words{_q(where)}"];'
                )
        out.append("  }")
    for a, b, kind in lay.edges:
        style = {"call": "dashed", "next_chapter": "bold"}.get(kind, "solid")
        out.append(f'  "{_q(a)}" -> "{_q(b)}" [style={style}, label="{_q(kind)}"];')
    out.append("}")
    return "\n".join(out) + "\n"


def _q(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


# -- pictures ------------------------------------------------------------------------------------
def _ends(lay: Layout, a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]]:
    na, nb = lay.nodes[a], lay.nodes[b]
    if nb.x > na.x:
        return (na.x + NODE_W, na.y + NODE_H // 2), (nb.x, nb.y + NODE_H // 2)
    return (na.x + NODE_W // 2, na.y + NODE_H), (nb.x + NODE_W // 2, nb.y)


def as_svg(c: Content, graph: SceneGraph, only: str | None = None) -> str:
    lay = layout(c, graph, only)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width}" height="{lay.height}" '
        f'viewBox="0 0 {lay.width} {lay.height}" font-family="sans-serif">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" '
        'markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>',
        f'<rect width="{lay.width}" height="{lay.height}" fill="#1c1d22"/>',
    ]
    for _chapter, title, y, h, words in lay.bands:
        out.append(
            f'<rect x="4" y="{y - 4}" width="{lay.width - 8}" height="{h}" rx="6" fill="#25262d"/>'
        )
        out.append(
            f'<text x="{MARGIN}" y="{y + 12}" fill="#f0e6cd" font-size="13">{escape(title)} — {words} words</text>'
        )
    for a, b, kind in lay.edges:
        (x1, y1), (x2, y2) = _ends(lay, a, b)
        r, g, bl = COLORS.get(kind, COLORS["other"])
        dash = ' stroke-dasharray="5,3"' if kind == "call" else ""
        mid = (x1 + x2) // 2
        out.append(
            f'<path d="M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}" fill="none" '
            f'stroke="rgb({r},{g},{bl})" stroke-width="1.4"{dash} marker-end="url(#arrow)"/>'
        )
    for node in lay.nodes.values():
        where = f" · {', '.join(node.maps)}" if node.maps else ""
        out.append(f"<g><title>{escape(node.scene)}: {node.words} words{escape(where)}</title>")
        out.append(
            f'<rect x="{node.x}" y="{node.y}" width="{NODE_W}" height="{NODE_H}" rx="3" fill="#3a3b45" stroke="#8a8170"/>'
        )
        out.append(
            f'<text x="{node.x + 6}" y="{node.y + 13}" fill="#ece6d6" font-size="11">{escape(_fit(node.scene, 26))}</text>'
        )
        out.append(
            f'<text x="{node.x + 6}" y="{node.y + 25}" fill="#a9a293" font-size="9">{node.words} words{escape(_fit(where, 24))}</text></g>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _fit(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def write_png(c: Content, graph: SceneGraph, path: Path, only: str | None = None) -> None:
    lay = layout(c, graph, only)
    pygame.font.init()
    big, small = pygame.font.Font(None, 18), pygame.font.Font(None, 14)
    surface = pygame.Surface((max(1, lay.width), max(1, lay.height)))
    surface.fill((28, 29, 34))
    for _chapter, title, y, h, words in lay.bands:
        pygame.draw.rect(surface, (37, 38, 45), (4, y - 4, lay.width - 8, h), border_radius=6)
        surface.blit(big.render(f"{title} - {words} words", True, (240, 230, 205)), (MARGIN, y))
    for a, b, kind in lay.edges:
        start, end = _ends(lay, a, b)
        color = COLORS.get(kind, COLORS["other"])
        pygame.draw.aaline(surface, color, start, end)
        pygame.draw.circle(surface, color, end, 3)
    for node in lay.nodes.values():
        rect = pygame.Rect(node.x, node.y, NODE_W, NODE_H)
        pygame.draw.rect(surface, (58, 59, 69), rect, border_radius=3)
        pygame.draw.rect(surface, (138, 129, 112), rect, 1, border_radius=3)
        surface.blit(
            big.render(_fit(node.scene, 24), True, (236, 230, 214)), (node.x + 5, node.y + 3)
        )
        where = f" - {', '.join(node.maps)}" if node.maps else ""
        surface.blit(
            small.render(_fit(f"{node.words} words{where}", 30), True, (169, 162, 147)),
            (node.x + 5, node.y + 18),
        )
    pygame.image.save(surface, str(path))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m game story", description=__doc__.splitlines()[0])
    p.add_argument("mods", nargs="*", type=Path, help="mod folders to lay over the game")
    p.add_argument("--out", type=Path, help="write the graph to a file: .svg, .png, .dot or .txt")
    p.add_argument("--chapter", help="only this chapter")
    p.add_argument("--root", type=Path, help="content root (holds dialogue/, maps/, assets/)")
    args = p.parse_args(list(sys.argv[1:] if argv is None else argv))
    root = (args.root or default_root()).resolve()
    bad = [str(m) for m in args.mods if not (m / "mod.yaml").is_file()]
    if bad:
        print(f"not a mod folder (no mod.yaml): {', '.join(bad)}", file=sys.stderr)
        return 2
    c = load_content(root, [], None, [as_mod(m.resolve()) for m in args.mods])
    graph = build_graph(c.lib.scenes, c.maps, c.lib.chapters)
    if args.chapter and args.chapter not in graph.chapters:
        print(
            f"no chapter {args.chapter!r} (chapters: {', '.join(chapter_order(c))})",
            file=sys.stderr,
        )
        return 2
    kind = args.out.suffix.lower() if args.out else ".txt"
    if kind == ".png":
        write_png(c, graph, args.out, args.chapter)
    else:
        render = {".svg": as_svg, ".dot": as_dot, ".gv": as_dot}.get(kind, as_text)
        text = render(c, graph, args.chapter)
        if args.out is None:
            sys.stdout.write(text)
        else:
            args.out.write_text(text, encoding="utf-8")
    if args.out is not None:
        print(
            f"wrote {args.out} ({len(graph.words)} scenes, {sum(graph.words.values())} words)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
