"""Interface colours (drawing only). Matched to the art palette's evening tones."""

NIGHT = (22, 24, 36)
SHADOW = (14, 14, 22)
TITLE = (240, 230, 205)
SUBTITLE = (190, 180, 160)
MENU = (170, 165, 150)
MENU_SELECTED = (250, 238, 200)
HINT = (130, 128, 122)
TEXT = (236, 230, 214)
BOX = (24, 26, 38)
BOX_EDGE = (120, 112, 96)
NOTICE = (240, 170, 120)
NARRATION = (214, 206, 226)
