#include "Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace hd::Icons {

namespace {

// The accent of each icon, chosen to read on a light and (lightened) on a dark window.
QColor accent(Kind kind)
{
    switch (kind) {
    case Kind::Fleet: return QColor(0x1f, 0x6f, 0xb2);
    case Kind::Incidents: return QColor(0xd0, 0x6a, 0x00);
    case Kind::Tiers: return QColor(0x2e, 0x7d, 0x32);
    case Kind::Runbooks: return QColor(0x6a, 0x3d, 0x9a);
    case Kind::Orders: return QColor(0x00, 0x83, 0x8f);
    case Kind::Audit: return QColor(0x45, 0x5a, 0x64);
    case Kind::Reports: return QColor(0x15, 0x65, 0xc0);
    case Kind::Health: return QColor(0xc6, 0x28, 0x28);
    case Kind::Queue: return QColor(0xb2, 0x3c, 0x17);
    case Kind::Refresh: return QColor(0x1f, 0x6f, 0xb2);
    case Kind::Run: return QColor(0x2e, 0x7d, 0x32);
    case Kind::App: return QColor(0x1f, 0x5f, 0x99);
    }
    return Qt::black;
}

// Draws one icon in a 24x24 box; `ink` is the line and fill colour.
void draw(QPainter &p, Kind kind, const QColor &ink)
{
    QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QColor wash = ink;
    wash.setAlphaF(0.22);
    switch (kind) {
    case Kind::Fleet: // two servers in a rack, each with its lights
        for (int y : {4, 13}) {
            p.setBrush(wash);
            p.drawRoundedRect(QRectF(3, y, 18, 7), 1.5, 1.5);
            p.setBrush(ink);
            p.drawEllipse(QPointF(7, y + 3.5), 0.9, 0.9);
            p.drawLine(QPointF(11, y + 3.5), QPointF(17, y + 3.5));
        }
        break;
    case Kind::Incidents: { // a warning triangle
        QPainterPath t;
        t.moveTo(12, 3);
        t.lineTo(22, 20.5);
        t.lineTo(2, 20.5);
        t.closeSubpath();
        p.setBrush(wash);
        p.drawPath(t);
        p.drawLine(QPointF(12, 9), QPointF(12, 14));
        p.setBrush(ink);
        p.drawEllipse(QPointF(12, 17.3), 0.8, 0.8);
        break;
    }
    case Kind::Tiers: // three bars on a base line
        p.setBrush(ink);
        p.drawRect(QRectF(4.5, 7, 3.5, 13));
        p.setBrush(wash);
        p.drawRect(QRectF(10.25, 11, 3.5, 9));
        p.drawRect(QRectF(16, 15, 3.5, 5));
        p.drawLine(QPointF(2.5, 20.5), QPointF(21.5, 20.5));
        break;
    case Kind::Runbooks: // a list of steps, each ticked
        p.setBrush(wash);
        p.drawRoundedRect(QRectF(3.5, 2.5, 17, 19), 2, 2);
        for (qreal y : {8.0, 12.5, 17.0}) {
            p.drawPolyline(QPolygonF({QPointF(6.5, y), QPointF(7.8, y + 1.3), QPointF(10, y - 1.2)}));
            p.drawLine(QPointF(12.5, y), QPointF(17.5, y));
        }
        break;
    case Kind::Orders: { // a paper plane
        QPainterPath plane;
        plane.moveTo(2.5, 11);
        plane.lineTo(21.5, 3);
        plane.lineTo(15, 21);
        plane.lineTo(11, 13.5);
        plane.closeSubpath();
        p.setBrush(wash);
        p.drawPath(plane);
        p.drawLine(QPointF(11, 13.5), QPointF(21.5, 3));
        break;
    }
    case Kind::Audit: // a magnifier over a page's lines
        p.drawLine(QPointF(3, 5), QPointF(11, 5));
        p.drawLine(QPointF(3, 9), QPointF(7, 9));
        p.setBrush(wash);
        p.drawEllipse(QPointF(12.5, 12.5), 5.5, 5.5);
        p.setPen(QPen(ink, 2.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16.6, 16.6), QPointF(21, 21));
        break;
    case Kind::Reports: { // a page with a folded corner and a small chart
        QPainterPath page;
        page.moveTo(5, 2.5);
        page.lineTo(14, 2.5);
        page.lineTo(19.5, 8);
        page.lineTo(19.5, 21.5);
        page.lineTo(5, 21.5);
        page.closeSubpath();
        p.setBrush(wash);
        p.drawPath(page);
        p.drawPolyline(QPolygonF({QPointF(14, 2.5), QPointF(14, 8), QPointF(19.5, 8)}));
        p.setBrush(ink);
        p.drawRect(QRectF(8, 14, 1.6, 4.5));
        p.drawRect(QRectF(11.2, 11.5, 1.6, 7));
        p.drawRect(QRectF(14.4, 15.5, 1.6, 3));
        break;
    }
    case Kind::Health: { // a heart with a pulse across it
        QPainterPath heart;
        heart.moveTo(12, 20.5);
        heart.cubicTo(4, 15, 1.5, 10.5, 3.5, 6.5);
        heart.cubicTo(5.5, 2.8, 10.5, 3, 12, 7);
        heart.cubicTo(13.5, 3, 18.5, 2.8, 20.5, 6.5);
        heart.cubicTo(22.5, 10.5, 20, 15, 12, 20.5);
        p.setBrush(wash);
        p.drawPath(heart);
        p.drawPolyline(QPolygonF({QPointF(4, 12), QPointF(8.5, 12), QPointF(10.5, 8.5), QPointF(13, 15),
                                  QPointF(15, 11), QPointF(20, 11)}));
        break;
    }
    case Kind::Queue: { // a bell: what waits for a person
        QPainterPath bell;
        bell.moveTo(5, 17.5);
        bell.cubicTo(6.5, 15.5, 6.5, 13, 6.5, 10.5);
        bell.cubicTo(6.5, 6.5, 9, 4.5, 12, 4.5);
        bell.cubicTo(15, 4.5, 17.5, 6.5, 17.5, 10.5);
        bell.cubicTo(17.5, 13, 17.5, 15.5, 19, 17.5);
        bell.closeSubpath();
        p.setBrush(wash);
        p.drawPath(bell);
        p.drawLine(QPointF(12, 2.5), QPointF(12, 4.5));
        p.setBrush(ink);
        p.drawEllipse(QPointF(12, 20), 1.8, 1.4);
        break;
    }
    case Kind::Refresh: { // a circular arrow
        p.drawArc(QRectF(4, 4, 16, 16), 60 * 16, 280 * 16);
        QPainterPath head;
        head.moveTo(17.5, 2.5);
        head.lineTo(17.5, 8.5);
        head.lineTo(11.8, 7);
        head.closeSubpath();
        p.setBrush(ink);
        p.drawPath(head);
        break;
    }
    case Kind::Run: { // a play triangle
        QPainterPath play;
        play.moveTo(7, 4);
        play.lineTo(19.5, 12);
        play.lineTo(7, 20);
        play.closeSubpath();
        p.setBrush(wash);
        p.drawPath(play);
        break;
    }
    case Kind::App: { // the shield with a healing cross, as the desktop icon
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(0.75, 0.75, 22.5, 22.5), 4.2, 4.2);
        QPainterPath shield;
        shield.moveTo(12, 3.5);
        shield.lineTo(19, 6);
        shield.lineTo(19, 11.8);
        shield.cubicTo(19, 16, 16, 19.2, 12, 20.8);
        shield.cubicTo(8, 19.2, 5, 16, 5, 11.8);
        shield.lineTo(5, 6);
        shield.closeSubpath();
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.setPen(QPen(Qt::white, 1.2));
        p.drawPath(shield);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(10.7, 7.5, 2.6, 8.6));
        p.drawRect(QRectF(7.7, 10.5, 8.6, 2.6));
        break;
    }
    }
}

class DrawnIcon : public QIconEngine
{
public:
    explicit DrawnIcon(Kind kind) : m_kind(kind) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor ink = accent(m_kind);
        if (mode == QIcon::Selected)
            ink = palette.color(QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (palette.color(QPalette::Window).lightness() < 128 && m_kind != Kind::App)
            ink = ink.lighter(170); // a dark theme
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        draw(*painter, m_kind, ink);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new DrawnIcon(m_kind); }
    QString key() const override { return QStringLiteral("healdesk-drawn"); }

private:
    Kind m_kind;
};

} // namespace

QIcon icon(Kind kind)
{
    return QIcon(new DrawnIcon(kind));
}

} // namespace hd::Icons
