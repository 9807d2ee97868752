#include "ParameterForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace hd {

namespace {

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

} // namespace

ParameterForm::ParameterForm(QWidget *parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void ParameterForm::setSchema(const ParameterSchema::Schema &schema)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    m_schema = schema;
    for (const ParameterSchema::Field &f : schema.fields) {
        Row row{f, nullptr, new QLabel(this)};
        const QList<QJsonValue> choices = [&] {
            QList<QJsonValue> list;
            if (f.type == QLatin1String("boolean"))
                list << QJsonValue(true) << QJsonValue(false);
            for (const QJsonValue &e : f.enumValues)
                list << e;
            return list;
        }();
        if (!choices.isEmpty()) {
            auto *box = new QComboBox(this);
            // Without a default nothing is chosen for the technician, required or not: a required field then
            // says so until a value is picked.
            if (f.defaultValue.isUndefined())
                box->addItem(tr("(not set)"));
            for (const QJsonValue &c : choices) {
                box->addItem(asText(c), QVariant::fromValue(c));
                if (c == f.defaultValue)
                    box->setCurrentIndex(box->count() - 1);
            }
            row.editor = box;
            connect(box, &QComboBox::currentIndexChanged, this, [this, i = m_rows.size()] { recheck(m_rows.at(i)); });
        } else {
            auto *edit = new QLineEdit(asText(f.defaultValue), this);
            edit->setClearButtonEnabled(true);
            if (f.type == QLatin1String("integer"))
                edit->setPlaceholderText(tr("a whole number"));
            else if (f.type == QLatin1String("number"))
                edit->setPlaceholderText(tr("a number"));
            row.editor = edit;
            connect(edit, &QLineEdit::textChanged, this, [this, i = m_rows.size()] { recheck(m_rows.at(i)); });
        }
        row.editor->setObjectName(f.name);
        row.editor->setAccessibleName(f.title.isEmpty() ? f.name : f.title);
        QStringList hints;
        if (!f.description.isEmpty())
            hints << f.description;
        if (f.minimum && f.maximum)
            hints << tr("from %1 to %2").arg(asText(*f.minimum), asText(*f.maximum));
        else if (f.minimum)
            hints << tr("at least %1").arg(asText(*f.minimum));
        else if (f.maximum)
            hints << tr("at most %1").arg(asText(*f.maximum));
        if (!f.pattern.isEmpty())
            hints << tr("matching %1").arg(f.pattern);
        row.editor->setToolTip(hints.join(QStringLiteral("; ")));
        row.problem->setWordWrap(true);
        row.problem->setTextFormat(Qt::PlainText);
        auto *cell = new QWidget(this);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        column->addWidget(row.editor);
        auto *hint = new QLabel(hints.join(QStringLiteral("; ")), cell);
        hint->setWordWrap(true);
        hint->setTextFormat(Qt::PlainText);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setVisible(!hints.isEmpty());
        column->addWidget(hint);
        column->addWidget(row.problem);
        const QString label = (f.title.isEmpty() ? f.name : f.title) + (f.required ? QStringLiteral(" *") : QString());
        m_layout->addRow(label + QLatin1Char(':'), cell);
        m_rows << row;
        recheck(m_rows.last());
    }
    if (schema.fields.isEmpty())
        m_layout->addRow(new QLabel(tr("This runbook takes no parameters."), this));
}

QJsonValue ParameterForm::value(const Row &row) const
{
    if (auto *box = qobject_cast<QComboBox *>(row.editor)) {
        const QVariant data = box->currentData();
        return data.isValid() ? data.value<QJsonValue>() : QJsonValue(QJsonValue::Undefined);
    }
    const QString text = static_cast<QLineEdit *>(row.editor)->text().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (row.field.type == QLatin1String("integer") || row.field.type == QLatin1String("number")) {
        bool ok = false;
        const double d = text.toDouble(&ok); // C locale, as in JSON
        if (ok && std::isfinite(d))
            return QJsonValue(d);
    }
    return QJsonValue(text);
}

QJsonObject ParameterForm::values() const
{
    QJsonObject o;
    for (const Row &row : m_rows) {
        const QJsonValue v = value(row);
        if (!v.isUndefined())
            o.insert(row.field.name, v);
    }
    return o;
}

void ParameterForm::recheck(const Row &row)
{
    const QJsonValue v = value(row);
    QString why;
    if (v.isUndefined())
        why = row.field.required ? tr("required") : QString();
    else
        why = ParameterSchema::check(row.field, v);
    row.problem->setText(why);
    row.problem->setStyleSheet(QStringLiteral("color:#c62828"));
    row.problem->setVisible(!why.isEmpty());
}

QWidget *ParameterForm::editor(const QString &field) const
{
    for (const Row &row : m_rows)
        if (row.field.name == field)
            return row.editor;
    return nullptr;
}

QString ParameterForm::problem(const QString &field) const
{
    for (const Row &row : m_rows)
        if (row.field.name == field)
            return row.problem->text();
    return {};
}

} // namespace hd
