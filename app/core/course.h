// The course model: what a content pack holds once loaded and validated.
// Plain values; lesson bodies stay on disk until a lesson is opened.
#pragma once

#include "localizedtext.h"

#include <QString>
#include <QVector>
#include <optional>

namespace khien {

struct Source
{
    QString title;
    QString publisher;
    QString url;
    QString read; // YYYY-MM-DD
};

struct Option
{
    QString id;
    LocalizedText text; // empty for true/false questions: the UI labels those
    LocalizedText explanation;
    bool correct = false;
};

enum class QuestionType { Single, Multiple, TrueFalse };

QString questionTypeName(QuestionType type);
std::optional<QuestionType> questionTypeFromName(const QString &name);

struct Question
{
    QString id;
    QuestionType type = QuestionType::Single;
    LocalizedText prompt;
    QVector<Option> options;
    QVector<Source> sources;

    [[nodiscard]] const Option *option(const QString &optionId) const
    {
        for (const Option &o : options)
            if (o.id == optionId)
                return &o;
        return nullptr;
    }
};

struct Quiz
{
    QString id;
    LocalizedText title;
    int passPercent = 70;
    QVector<Question> questions;
};

struct Lesson
{
    QString id;
    LocalizedText title;
    LocalizedText bodyPath; // absolute path (or :/ resource path) of each language's Markdown
    QVector<Source> sources;
};

struct Module
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    QVector<LocalizedText> objectives;
    QVector<Lesson> lessons;
    std::optional<Quiz> quiz;

    [[nodiscard]] const Lesson *lesson(const QString &lessonId) const
    {
        for (const Lesson &l : lessons)
            if (l.id == lessonId)
                return &l;
        return nullptr;
    }
};

struct Course
{
    QString id;
    QString version;
    QString rootPath;
    LocalizedText title;
    LocalizedText description;
    QVector<Module> modules;

    [[nodiscard]] const Module *module(const QString &moduleId) const
    {
        for (const Module &m : modules)
            if (m.id == moduleId)
                return &m;
        return nullptr;
    }
};

} // namespace khien
