#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace hd {

class MainWindow;

// Visits every page, waits until it shows data, saves DIR/NN-name.png, then
// quits the application. Fails (and quits) after a minute per page. Beside the pictures,
// DIR/ui-texts.tsv lists the texts of each page (the language tests read it).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString dir);
    bool succeeded() const { return m_ok; }

private:
    void step();
    // Last picture: the "Run runbook" dialog for the first site, then quit.
    void nextPage();
    void grabIssueDialog();
    // Appends what `window` shows in words to DIR/ui-texts.tsv, under a "page" line.
    void writeTexts(const QString &where, QWidget *window);
    // Saves dialog as NN-name.png after its rows have had time to load, closes it, then runs next.
    void grabMappingDialog(std::function<void()> next);
    void grabIncidentOrderDialog(std::function<void()> next);
    void grabBatches(std::function<void()> next);
    void grabDialogLater(QWidget *dialog, const QString &name, int number, std::function<void()> next);

    MainWindow *m_window;
    QString m_dir;
    QTimer *m_timer;
    int m_page = -1;
    int m_waited = 0;
    int m_archiveWaits = 0; // > 0 while the Reports page's archive tab waits for a row
    bool m_ok = true;
    bool m_previewRequested = false;
    int m_dialogWaits = 0;
};

} // namespace hd
