#pragma once

#include <QDateTime>
#include <QString>

namespace hd {

class Session;

// The one deterministic data generator, used by tests, the demo and the
// benchmarks: the same seed, sizes and anchor time give the same rows. It runs
// entirely inside PostgreSQL (generate_series), in one transaction, so ten
// million telemetry rows take minutes, not hours. It fills a legacy database
// and a migrated one alike, defects included: L1 rule IDs in telemetry, L2
// only in telemetry, orders stuck pending, orphans and odd spellings.
struct GeneratorOptions
{
    qint64 seed = 1;
    int partners = 2;
    int sites = 3;
    int appliancesPerSite = 2;
    int incidents = 40;
    qint64 telemetry = 120;
    int orders = 10;
    int days = 30;             // how far back incidents and orders reach
    QDateTime anchor;          // "now" of the data set; invalid means the server's now()
    bool withMapping = true;   // fill runbook_id_mapping when the table exists (some IDs stay unmapped)

    // Named sizes: "tiny" (a handful of rows), "demo" (a few sites, dozens of
    // appliances, thousands of executions), "medium" (1M telemetry, 100k
    // incidents, 1,000 appliances, 100 sites), "large" (10M telemetry, 1M
    // incidents, 10k appliances, 500 sites).
    static GeneratorOptions preset(const QString &name); // throws Error(Config) for an unknown name
};

namespace Generator {
// Writes the fleet in one transaction; throws hd::Error and leaves nothing on failure.
void generate(Session &session, const GeneratorOptions &options);
} // namespace Generator

} // namespace hd
