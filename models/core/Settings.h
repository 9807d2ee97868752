#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace hd {

// The one wrapper around QSettings: typed getters, every default here.
// Passwords never go in it.
class Settings
{
public:
    Settings() = default;

    QByteArray windowGeometry() const { return m_settings.value(QStringLiteral("window/geometry")).toByteArray(); }
    void setWindowGeometry(const QByteArray &v) { m_settings.setValue(QStringLiteral("window/geometry"), v); }
    QByteArray windowState() const { return m_settings.value(QStringLiteral("window/state")).toByteArray(); }
    void setWindowState(const QByteArray &v) { m_settings.setValue(QStringLiteral("window/state"), v); }

    QByteArray headerState(const QString &table) const
    {
        return m_settings.value(QStringLiteral("tables/") + table + QStringLiteral("/header")).toByteArray();
    }
    void setHeaderState(const QString &table, const QByteArray &v)
    {
        m_settings.setValue(QStringLiteral("tables/") + table + QStringLiteral("/header"), v);
    }
    QByteArray splitterState(const QString &name) const
    {
        return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
    }
    void setSplitterState(const QString &name, const QByteArray &v)
    {
        m_settings.setValue(QStringLiteral("splitters/") + name, v);
    }

    int lastPage() const { return m_settings.value(QStringLiteral("view/page"), 0).toInt(); }
    void setLastPage(int page) { m_settings.setValue(QStringLiteral("view/page"), page); }
    // Index into the period list of the main window; default "last 30 days".
    QString period() const { return m_settings.value(QStringLiteral("view/period"), QStringLiteral("30d")).toString(); }
    void setPeriod(const QString &key) { m_settings.setValue(QStringLiteral("view/period"), key); }
    // "all", "partner:<uuid>" or "site:<id>".
    QString scope() const { return m_settings.value(QStringLiteral("view/scope"), QStringLiteral("all")).toString(); }
    void setScope(const QString &key) { m_settings.setValue(QStringLiteral("view/scope"), key); }

    // Alerts for new critical incidents and failed orders go here; empty: off.
    // Reports page: "pdf", "csv" or "both"; "a4" or "letter"; the last folder written to.
    QString reportFormat() const
    {
        return m_settings.value(QStringLiteral("reports/format"), QStringLiteral("pdf")).toString();
    }
    void setReportFormat(const QString &v) { m_settings.setValue(QStringLiteral("reports/format"), v); }
    QString reportPageSize() const
    {
        return m_settings.value(QStringLiteral("reports/pageSize"), QStringLiteral("a4")).toString();
    }
    void setReportPageSize(const QString &v) { m_settings.setValue(QStringLiteral("reports/pageSize"), v); }
    QString reportFolder() const { return m_settings.value(QStringLiteral("reports/folder")).toString(); }
    void setReportFolder(const QString &v) { m_settings.setValue(QStringLiteral("reports/folder"), v); }
    // Days after which a control's latest evidence is stale in reports (1 to 3650).
    int reportStaleDays() const
    {
        const int days = m_settings.value(QStringLiteral("reports/staleDays"), 30).toInt();
        return days >= 1 && days <= 3650 ? days : 30;
    }
    void setReportStaleDays(int days) { m_settings.setValue(QStringLiteral("reports/staleDays"), days); }

    // Interface language: "" follows the system locale, else "en", "es" or "de". Read at start.
    // The escalation queue's owner filter: "" (all), "@me" or "@none".
    QString queueOwner() const { return m_settings.value(QStringLiteral("queue/owner")).toString(); }
    void setQueueOwner(const QString &v) { m_settings.setValue(QStringLiteral("queue/owner"), v); }

    QString language() const { return m_settings.value(QStringLiteral("ui/language")).toString(); }
    void setLanguage(const QString &code) { m_settings.setValue(QStringLiteral("ui/language"), code); }

    QString webhookUrl() const { return m_settings.value(QStringLiteral("alerts/webhook")).toString(); }
    void setWebhookUrl(const QString &url) { m_settings.setValue(QStringLiteral("alerts/webhook"), url); }

private:
    QSettings m_settings;
};

} // namespace hd
