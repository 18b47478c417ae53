"""Text without drawing: font metrics from the fonts' JSON, and word wrapping over them."""
