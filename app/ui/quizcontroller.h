// The quiz a trainee is taking, as the quiz page sees it. Each answer is scored by the core
// and saved to the store before the page shows feedback; if saving fails, the answer is not
// taken and the page says why, so what the trainee sees is always what is stored.
#pragma once

#include "course.h"
#include "quizsession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace khien { class Store; }

class QuizController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.startQuiz()")
    Q_PROPERTY(QString moduleId READ moduleId CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int questionIndex READ questionIndex NOTIFY changed)
    Q_PROPERTY(int questionCount READ questionCount CONSTANT)
    Q_PROPERTY(QString questionType READ questionType NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    Q_PROPERTY(QVariantList options READ options NOTIFY changed)
    Q_PROPERTY(bool answered READ answered NOTIFY changed)
    Q_PROPERTY(bool lastCorrect READ lastCorrect NOTIFY changed)
    Q_PROPERTY(double lastPoints READ lastPoints NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(double score READ score NOTIFY changed)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY changed)
    Q_PROPERTY(QString lastPointsText READ lastPointsText NOTIFY changed)
    Q_PROPERTY(int percent READ percent NOTIFY changed)
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    Q_PROPERTY(int passPercent READ passPercent CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    struct Context
    {
        khien::Store *store = nullptr;
        QString traineeId;
        QString moduleId;
        QString attemptId;
        QString contentVersion;
    };

    QuizController(const khien::Quiz &quiz, Context context, QString language,
                   QObject *parent = nullptr);

    QString moduleId() const { return m_context.moduleId; }
    QString title() const { return m_session.quiz().title.in(m_language); }
    int questionIndex() const { return m_session.currentIndex(); }
    int questionCount() const { return m_session.questionCount(); }
    QString questionType() const;
    QString prompt() const { return m_session.currentQuestion().prompt.in(m_language); }
    QVariantList options() const;
    bool answered() const { return m_session.isCurrentAnswered(); }
    bool lastCorrect() const;
    double lastPoints() const;
    bool finished() const { return m_finished; }
    double score() const { return m_session.score(); }
    // Points as the trainee's language writes them: "1.5" or "1,5".
    QString scoreText() const { return formatPoints(score()); }
    QString lastPointsText() const { return formatPoints(lastPoints()); }
    int percent() const { return qRound(m_session.percent()); }
    bool passed() const { return m_session.passed(); }
    int passPercent() const { return m_session.quiz().passPercent; }
    QString errorMessage() const { return m_error; }

    void setLanguage(const QString &language);

    // Scores and saves the answer; false (with errorMessage) when it was refused or not saved.
    Q_INVOKABLE bool submit(const QStringList &chosen);
    // The next question, or the result once the last one is answered.
    Q_INVOKABLE void next();

signals:
    void changed();
    void attemptFinished();

private:
    QString formatPoints(double points) const;

    khien::QuizSession m_session;
    Context m_context;
    QString m_language;
    QString m_error;
    bool m_finished = false;
    QElapsedTimer m_shownFor;
};
