#!/bin/sh
# with-keyring.sh on a real X server (Xvfb, a display of its own): the launcher of test_credentials, whose
# connection dialog tests drive the dialog as a technician's desktop would show it, not on the offscreen platform.
set -eu
here=$(dirname "$0")
exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" env QT_QPA_PLATFORM=xcb "$here/with-keyring.sh" "$@"
