#pragma once

#include <QIcon>

namespace hd::Icons {

// Healdesk's own small icon set, drawn as vector shapes at whatever size and scale is asked for. Debian's Adwaita
// theme ships symbolic icons only, so the theme's names left the navigation as text; these need no theme and
// follow the palette: an accent colour per icon, the highlighted text colour on a selected row, grey when disabled.
enum class Kind { Fleet, Incidents, Tiers, Runbooks, Orders, Audit, Reports, Health, Queue, Refresh, Run, App };

QIcon icon(Kind kind);

} // namespace hd::Icons
