"""Runtime audio: music tracks, ambient beds and sound effects by name.

Audio is output only: nothing here feeds back into the simulation, and nothing here may crash
the game. A missing device, file or codec is logged once and then ignored, so a machine without
sound plays exactly the same game in silence.

Files: `<assets>/music/<track>.ogg`, `<assets>/ambient/<bed>.ogg`, `<assets>/sfx/<name>.wav|.ogg`.

Music streams from disk (pygame's one music stream). An ambient bed (rain on the window, the
sea) loops on one of two reserved channels, so a new bed cross-fades with the old one. Beds are
decoded on a worker thread the first time they are wanted (a 40 s bed takes about a tenth of a
second) and a few are kept, so nothing is decoded at start-up and a map change never stalls a
frame; the bed starts a moment later, under the fade.
"""

from __future__ import annotations

import contextlib
import logging
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pygame

log = logging.getLogger(__name__)

SUFFIXES = (".ogg", ".wav")  # first match wins
BED_CHANNELS = 2  # reserved channels 0 and 1: the bed playing and the one fading out
BEDS_KEPT = 3  # decoded beds kept in memory (about 7 MB each at 44.1 kHz stereo)


def _clamp(v: float) -> float:
    return max(0.0, min(1.0, float(v)))


class Audio:
    """Plays music (one streamed track at a time) and short cached sounds."""

    def __init__(self, assets_dir: Path, enabled: bool = True) -> None:
        self._music_dir = Path(assets_dir) / "music"
        self._sfx_dir = Path(assets_dir) / "sfx"
        self._bed_dir = Path(assets_dir) / "ambient"
        self._master = self._music_vol = self._sound_vol = self._bed_vol = 1.0
        self._track: str | None = None
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._warned: set[str] = set()
        self._opened_mixer = False
        self._bed: str | None = None  # the bed asked for
        self._bed_playing: str | None = None  # the bed actually sounding (None while it loads)
        self._beds: OrderedDict[str, pygame.mixer.Sound] = OrderedDict()
        self._loading: dict[str, Future] = {}
        self._bed_fade = 0
        self._active = 0  # which reserved channel holds the current bed
        self._worker: ThreadPoolExecutor | None = None
        self.enabled = enabled and self._start_mixer()

    # --- setup -------------------------------------------------------------------------
    def _start_mixer(self) -> bool:
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
                self._opened_mixer = True
            pygame.mixer.set_num_channels(16)  # steps, blips and UI sounds can overlap
            pygame.mixer.set_reserved(BED_CHANNELS)  # effects never take the beds' channels
            return True
        except Exception as e:  # no device, no driver, anything: play on in silence
            self._warn("mixer", f"audio disabled: cannot open the mixer ({e})")
            return False

    def close(self) -> None:
        """Stop everything; shut the mixer down if this object started it."""
        if self._worker is not None:
            self._worker.shutdown(wait=True, cancel_futures=True)
            self._worker = None
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
        self._beds.clear()
        self._loading.clear()
        self._track = self._bed = self._bed_playing = None

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

    def has_ambient(self, bed: str) -> bool:
        return self._find(self._bed_dir, bed) is not None

    # --- volume --------------------------------------------------------------------------
    def set_volumes(self, master: float, music: float, sound: float, ambient: float = 1.0) -> None:
        """Each 0..1 (clamped); takes effect at once for music, beds and every loaded sound."""
        self._master, self._music_vol, self._sound_vol, self._bed_vol = (
            _clamp(master),
            _clamp(music),
            _clamp(sound),
            _clamp(ambient),
        )
        if not self.enabled:
            return
        try:
            pygame.mixer.music.set_volume(self._master * self._music_vol)
            for snd in self._sounds.values():
                if snd is not None:
                    snd.set_volume(self._master * self._sound_vol)
            for bed in self._beds.values():
                bed.set_volume(self._master * self._bed_vol)
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

    # --- ambient beds --------------------------------------------------------------------------
    @property
    def current_ambient(self) -> str | None:
        """The bed asked for (it may still be loading), or None."""
        return self._bed

    def set_ambient(self, bed: str | None, *, fade_ms: int = 1500) -> None:
        """Keep this bed looping (None or "" = none), cross-fading from the one before.

        Cheap to call every tick with the same name: that only starts a bed whose loading has
        finished. While a new bed loads, the old one plays on; the cross-fade starts when the
        new one is ready. An unknown bed is logged once and plays as silence.
        """
        bed = bed or None
        if bed == self._bed:
            if bed is not None and self._bed_playing != bed and bed in self._loading:
                self._poll(bed)
            return
        self._bed, self._bed_fade = bed, max(0, int(fade_ms))
        if not self.enabled:
            return
        if bed is None:
            self._fade_out_bed()
            return
        if bed in self._beds:
            self._beds.move_to_end(bed)
            self._start_bed(bed)
            return
        path = self._find(self._bed_dir, bed)
        if path is None:
            self._warn(f"ambient:{bed}", f"audio: no ambient bed {bed!r} in {self._bed_dir}")
            self._fade_out_bed()
            return
        if bed not in self._loading:
            if self._worker is None:
                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ambient")
            self._loading[bed] = self._worker.submit(pygame.mixer.Sound, str(path))

    def stop_ambient(self, *, fade_ms: int = 1500) -> None:
        self.set_ambient(None, fade_ms=fade_ms)

    def wait_for_ambient(self, timeout: float = 5.0) -> None:
        """Block until the wanted bed has loaded and started (tools and tests; the game polls)."""
        bed = self._bed
        future = self._loading.get(bed or "")
        if future is not None:
            with contextlib.suppress(Exception):  # a failure is reported by _poll
                future.result(timeout=timeout)
            self._poll(bed or "")

    def _poll(self, bed: str) -> None:
        future = self._loading[bed]
        if not future.done():
            return
        del self._loading[bed]
        try:
            sound = future.result()
        except Exception as e:
            self._warn(f"ambient:{bed}", f"audio: cannot load ambient bed {bed!r} ({e})")
            if bed == self._bed:
                self._fade_out_bed()
            return
        self._beds[bed] = sound
        while len(self._beds) > BEDS_KEPT:
            self._beds.popitem(last=False)
        if bed == self._bed:
            self._start_bed(bed)

    def _start_bed(self, bed: str) -> None:
        """Cross-fade: the bed sounding now (if any) fades out as this one fades in."""
        self._fade_out_bed()
        try:
            sound = self._beds[bed]
            sound.set_volume(self._master * self._bed_vol)
            self._active = 1 - self._active  # the other channel; the old bed fades on its own
            channel = pygame.mixer.Channel(self._active)
            channel.stop()
            channel.play(sound, loops=-1, fade_ms=self._bed_fade)
            self._bed_playing = bed
        except Exception as e:
            self._warn(f"ambient:{bed}", f"audio: cannot play ambient bed {bed!r} ({e})")

    def _fade_out_bed(self) -> None:
        if self._bed_playing is None:
            return
        self._bed_playing = None
        try:
            if self._bed_fade > 0:
                pygame.mixer.Channel(self._active).fadeout(self._bed_fade)
            else:  # at once: also the bed before, if it is still fading
                for i in range(BED_CHANNELS):
                    pygame.mixer.Channel(i).stop()
        except Exception as e:
            self._warn("ambient:stop", f"audio: cannot stop the ambient bed ({e})")
