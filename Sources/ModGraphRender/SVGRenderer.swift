// Renders DOT text to SVG through libgvc.
