"""Runtime audio: music tracks and sound effects by name.

Audio is output only: nothing here feeds back into the simulation, and nothing here may crash
the game. A missing device, file or codec is logged once and then ignored, so a machine without
sound plays exactly the same game in silence.

Files: `<assets>/music/<track>.ogg|.wav` and `<assets>/sfx/<name>.ogg|.wav`.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame

log = logging.getLogger(__name__)

SUFFIXES = (".ogg", ".wav")  # first match wins; the synth tool writes .wav


def _clamp(v: float) -> float:
    return max(0.0, min(1.0, float(v)))


class Audio:
    """Plays music (one streamed track at a time) and short cached sounds."""

    def __init__(self, assets_dir: Path, enabled: bool = True) -> None:
        self._music_dir = Path(assets_dir) / "music"
        self._sfx_dir = Path(assets_dir) / "sfx"
        self._master = self._music_vol = self._sound_vol = 1.0
        self._track: str | None = None
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._warned: set[str] = set()
        self._opened_mixer = False
        self.enabled = enabled and self._start_mixer()

    # --- setup -------------------------------------------------------------------------
    def _start_mixer(self) -> bool:
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
                self._opened_mixer = True
            pygame.mixer.set_num_channels(16)  # steps, blips and UI sounds can overlap
            return True
        except Exception as e:  # no device, no driver, anything: play on in silence
            self._warn("mixer", f"audio disabled: cannot open the mixer ({e})")
            return False

    def close(self) -> None:
        """Stop everything; shut the mixer down if this object started it."""
        if self.enabled:
            try:
                pygame.mixer.music.stop()
                pygame.mixer.stop()
                if self._opened_mixer:
                    pygame.mixer.quit()
            except Exception as e:
                self._warn("close", f"audio: error while closing ({e})")
        self.enabled = False
        self._sounds.clear()
        self._track = None

    def _warn(self, key: str, message: str) -> None:
        """Log a problem the first time it happens only, so a bad file cannot flood the log."""
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message)

    # --- lookup (also used by the content linter, so it works with audio disabled) -------
    @staticmethod
    def _find(folder: Path, name: str) -> Path | None:
        if not name or "/" in name or "\\" in name or name.startswith("."):
            return None  # names are plain words; never let content reach outside the folder
        for suffix in SUFFIXES:
            path = folder / f"{name}{suffix}"
            if path.is_file():
                return path
        return None

    def has_music(self, track: str) -> bool:
        return self._find(self._music_dir, track) is not None

    def has_sound(self, name: str) -> bool:
        return self._find(self._sfx_dir, name) is not None

    # --- volume --------------------------------------------------------------------------
    def set_volumes(self, master: float, music: float, sound: float) -> None:
        """Each 0..1 (clamped); takes effect at once for music and every loaded sound."""
        self._master, self._music_vol, self._sound_vol = (
            _clamp(master),
            _clamp(music),
            _clamp(sound),
        )
        if not self.enabled:
            return
        try:
            pygame.mixer.music.set_volume(self._master * self._music_vol)
            for snd in self._sounds.values():
                if snd is not None:
                    snd.set_volume(self._master * self._sound_vol)
        except Exception as e:
            self._warn("volume", f"audio: cannot set volume ({e})")

    # --- music ---------------------------------------------------------------------------
    @property
    def current_track(self) -> str | None:
        """The track last asked for and started (None when stopped or it failed)."""
        return self._track

    def play_music(self, track: str, *, fade_ms: int = 500, loop: bool = True) -> None:
        """Fade the current track out and the new one in; no-op if it is already playing."""
        if track == self._track:
            return
        path = self._find(self._music_dir, track)
        if path is None:
            self._warn(f"music:{track}", f"audio: no music track {track!r} in {self._music_dir}")
            self.stop_music(fade_ms=fade_ms)  # silence is better than the wrong mood
            return
        self._track = track
        if not self.enabled:
            return
        loops = -1 if loop else 0
        fade = max(0, int(fade_ms))
        music = pygame.mixer.music
        try:
            if music.get_busy() and fade > 0:
                music.fadeout(fade)  # non-blocking; also drops anything queued before
                music.queue(str(path), loops=loops)  # starts when the fade ends
            else:
                music.load(str(path))
                music.play(loops=loops, fade_ms=fade)
            music.set_volume(self._master * self._music_vol)
        except Exception as e:
            self._warn(f"music:{track}", f"audio: cannot play {path} ({e})")
            self._track = None

    def stop_music(self, *, fade_ms: int = 500) -> None:
        self._track = None
        if not self.enabled:
            return
        try:
            if fade_ms > 0 and pygame.mixer.music.get_busy():
                pygame.mixer.music.fadeout(int(fade_ms))
            else:
                pygame.mixer.music.stop()
        except Exception as e:
            self._warn("stop", f"audio: cannot stop music ({e})")

    # --- sounds --------------------------------------------------------------------------
    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self._sounds:
            snd = None
            path = self._find(self._sfx_dir, name)
            if path is None:
                self._warn(f"sfx:{name}", f"audio: no sound {name!r} in {self._sfx_dir}")
            else:
                try:
                    snd = pygame.mixer.Sound(str(path))
                    snd.set_volume(self._master * self._sound_vol)
                except Exception as e:
                    self._warn(f"sfx:{name}", f"audio: cannot load {path} ({e})")
            self._sounds[name] = snd  # cache failures too: try each file once
        return self._sounds[name]

    def play_sound(self, name: str) -> None:
        if not self.enabled:
            return
        snd = self._sound(name)
        if snd is None:
            return
        try:
            snd.play()
        except Exception as e:
            self._warn(f"play:{name}", f"audio: cannot play sound {name!r} ({e})")
