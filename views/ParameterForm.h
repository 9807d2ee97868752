#pragma once

#include "ParameterSchema.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace hd {

// The form a runbook's parameter schema describes (the order dialog shows it
// instead of the JSON box): one editor per field in the schema's order, its
// default filled in, its description beside it, required ones marked; each
// field says at once when what is typed does not fit, naming why.
class ParameterForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterForm(QWidget *parent = nullptr);

    void setSchema(const ParameterSchema::Schema &schema);
    const ParameterSchema::Schema &schema() const { return m_schema; }
    // The parameters as typed. A field left empty (or "not set") is left out,
    // so the schema's default applies; text where a number belongs stays text,
    // so the check names the field.
    QJsonObject values() const;

    // For tests: a field's editor (QLineEdit or QComboBox) and what it says is wrong.
    QWidget *editor(const QString &field) const;
    QString problem(const QString &field) const;

private:
    struct Row
    {
        ParameterSchema::Field field;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };
    QJsonValue value(const Row &row) const;
    void recheck(const Row &row);

    ParameterSchema::Schema m_schema;
    QList<Row> m_rows;
    QFormLayout *m_layout;
};

} // namespace hd
