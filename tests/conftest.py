import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from tests.mapkit import make_content


@pytest.fixture(scope="session", autouse=True)
def _pygame():
    pygame.init()
    pygame.display.set_mode((1, 1))
    yield
    pygame.quit()


@pytest.fixture
def content(tmp_path):
    return make_content(tmp_path / "content")


@pytest.fixture
def ctx(content, tmp_path):
    from game.boot import build_context

    return build_context(tmp_path / "data", headless=True, root=content, quiet=True)
