"""`export-image FILE -o out.png|out.svg [--what timeline|comparison|milestones]`: a figure of the
PDF report as an image for slides, drawn as the PDF draws it (see core/export/image.py)."""

from __future__ import annotations

import argparse

from oases_desktop.cli.reference import add_library_argument, library_for

NAME = "export-image"
HELP = "write the timeline, the scenario comparison or the key milestone table as PNG or SVG"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from oases_desktop.core.export.image_choices import SLIDE_WIDTH, WHAT

    parser.add_argument("file", metavar="FILE", help="plan file")
    parser.add_argument("-o", "--output", metavar="OUT.png|OUT.svg", required=True,
                        help="image to write, its format from the suffix (replaced atomically)")
    parser.add_argument("--what", choices=WHAT, default="timeline", help="which figure (default timeline)")
    parser.add_argument("--scenario", metavar="ID", help="scenario id (default: the plan's active scenario)")
    parser.add_argument("--dpi", type=int, default=150, help="PNG resolution in dots per inch (default 150)")
    parser.add_argument("--width", type=float, default=SLIDE_WIDTH,
                        help=f"figure width in points, 72 to the inch (default {SLIDE_WIDTH:g}: a 16:9 slide)")
    parser.add_argument("--runs", type=int, default=None,
                        help="Monte Carlo runs for the P80 dates (0 to leave them out; default: the app's, 10000)")
    add_library_argument(parser)


def run(args: argparse.Namespace) -> int:
    from oases_desktop.cli.plan_parts import scenario_of
    from oases_desktop.core.export.image import export_image, format_of, pixel_size
    from oases_desktop.core.planfile import load_plan

    fmt = format_of(args.output)
    plan = load_plan(args.file)
    scenario = scenario_of(plan, args.scenario, args.file)
    figure = export_image(plan, args.output, args.what, library=library_for(args), dpi=args.dpi,
                          scenario_id=scenario.id, runs=args.runs, width=args.width)
    size = "%d x %d px at %d DPI" % (*pixel_size(figure, args.dpi), args.dpi) if fmt == "png" \
        else "%g x %g pt" % (figure.width, figure.height)
    print(f"{args.output}: {figure.title} written ({size})")
    return 0
