#!/bin/sh
# Runs a test on a real X server (Xvfb, a display of its own), as a technician's desktop shows the console, not on
# Qt's offscreen platform: the launcher of the desk's GUI tests.
set -eu
exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" env QT_QPA_PLATFORM=xcb "$@"
