"""Chapter 1, Hailsham: h01 to h15 and the hand-over."""

from tests.routes import Goal

ROUTE = (
    Goal("hailsham_grounds", "fence_ball"),  # h02
    Goal("hailsham_grounds", "old_oak", memory=True),
    Goal("hailsham_grounds", "boundary_woods", memory=True),
    Goal("hailsham_grounds", "front_door"),
    Goal("main_house_hall", "art_door"),
    Goal("art_room", "art_class"),  # h03
    Goal("art_room", "hall_door"),
    Goal("main_house_hall", "lost_property"),  # an optional memory on the way
    Goal("main_house_hall", "assembly_door", memory=True),
    Goal("assembly_hall", "hymn_book", memory=True),
    Goal("assembly_hall", "south_door", memory=True),
    Goal("main_house_hall", "front_door"),
    Goal("hailsham_grounds", "doorstep"),  # h04: the queue
    Goal("hailsham_grounds", "scanner"),  # h04: her own wrist
    Goal("hailsham_grounds", "teams"),  # h05, ends in the hall
    Goal("main_house_hall", "infirmary_door"),
    Goal("infirmary", "medical"),  # h06
    Goal("infirmary", "hall_door"),
    Goal("main_house_hall", "miss_lucy"),  # h07 (Miss Lucy)
    Goal("main_house_hall", "front_door"),
    Goal("hailsham_grounds", "bench_glance"),  # the camera finds Tommy on his bench
    Goal("hailsham_grounds", "tommy_child"),  # h07 (Tommy on the bench)
    Goal("hailsham_grounds", "front_door"),
    Goal("main_house_hall", "classroom_door"),
    Goal("classroom", "lessons"),  # h08, h09 in the dormitory
    Goal("dormitory", "stairs_down"),
    Goal("main_house_hall", "corridor_door"),
    Goal("guardians_corridor", "creep_start"),  # h10 starts the sneaking
    Goal("guardians_corridor", "listen", sneak=True),  # h10, h11 in the assembly hall
    Goal("assembly_hall_sale", "sale_tables"),  # h12: the Sale and the cassette
    Goal("assembly_hall_sale", "south_door"),
    Goal("main_house_hall", "stairs"),
    Goal("dormitory", "bedside"),  # h13
    Goal("dormitory", "collection_box", memory=True),  # under her bed, where h13 began
    Goal("dormitory", "stairs_down"),
    Goal("main_house_hall", "classroom_door"),
    Goal("classroom", "lessons"),  # h14, h15 at assembly, then the grounds
    Goal("hailsham_grounds", "pavilion_view"),  # h15 outside; the chapter ends
)

# Which option to take at each choice of the chapter, in the order they come (the rest take 0):
# h01 Miss Lucy looks kind, h02 believe the stories, h03 look at Tommy, h05 turn on the girls first,
# h06 look at the floor, h07 "a bit", h08 help (sums, reading, pencil), h09 "I don't know" and
# "all right", h12 show Miss Lucy and kiss his cheek, h13 let it play, h14 look at Tommy, h15 keep
# looking.
CHOICES = (0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1)
# At the Sale: moves through the stock (down presses) and buys; then leaves.
SHOP_PLAN = (0, 2)  # the wooden train, then the music box (3 + 3 tokens)
